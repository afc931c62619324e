package app.coachcal.web.edge;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;

/**
 * The session cookie is {@code HttpOnly} and, when the public address is https, {@code Secure}. Its
 * {@code SameSite=Lax} comes from {@code WEB-INF/glassfish-web.xml}: Payara ignores the Servlet 6 cookie
 * attribute set here, and its HTTP listener's SameSite setting wrote the attribute twice.
 */
@WebListener
public class SessionCookies implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
        cookie.setHttpOnly(true);
        cookie.setSecure(PublicOrigin.get().isHttps());
    }
}
