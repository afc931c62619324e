package app.coachcal.admin.account;

import app.coachcal.persistence.account.PasswordChange;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * A person signed in with the temporary password an admin gave them sees only {@code /account/password}
 * until they have changed it: every other page redirects there. Checked once per session (and again
 * while the flag is set); the JSON API, the sign-in page and static resources are not affected.
 */
@WebFilter(filterName = "PasswordFirst", urlPatterns = "/*")
public class PasswordFirst extends HttpFilter {

    /** Named {@code coachcal.*}, so that signing in or out forgets it with the person (PageSignIn). */
    static final String SESSION_FLAG = "coachcal.mustChangePassword";
    static final String PASSWORD_PAGE = "/account/password";

    private static final long serialVersionUID = 1L;

    @Inject
    private PasswordChange passwords;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (request.getUserPrincipal() == null || exempt(path)) {
            chain.doFilter(request, response);
            return;
        }
        HttpSession session = request.getSession(true);
        Object flag = session.getAttribute(SESSION_FLAG);
        if (flag == null || Boolean.TRUE.equals(flag)) {
            flag = passwords.mustChange(request.getUserPrincipal().getName());
            session.setAttribute(SESSION_FLAG, flag);
        }
        if (Boolean.TRUE.equals(flag)) {
            response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean exempt(String path) {
        return path.equals(PASSWORD_PAGE) || path.equals(PASSWORD_PAGE + ".xhtml") || path.startsWith("/api/")
                || path.startsWith("/resources/") || path.startsWith("/jakarta.faces.resource/")
                || path.equals("/login") || path.equals("/login.xhtml") || path.equals("/signout") || path.equals("/health");
    }
}
