package app.coachcal.web.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Headers every answer carries: no inline or foreign script (CSP), no framing,
 * no MIME sniffing, no referrer leaving the site. Pages and API answers change
 * with every booking, so no cache may serve them stale (Lynx keeps pages
 * unless told {@code no-cache}); static resources may be cached.
 */
@WebFilter(filterName = "SecurityHeaders", urlPatterns = "/*",
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SecurityHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        addTo(request, response);
        chain.doFilter(request, response);
    }

    /** Sets the headers on an answer that no filter chain will see (one written before the chain runs). */
    public static void addTo(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/resources/")) {
            response.setHeader("Cache-Control", "no-cache, no-store, must-revalidate");
            // Lynx 2.9 ignores the combined Cache-Control above and shows its own old copy of a page a person
            // returns to; it asks again for every page that also says Pragma: no-cache or Expires: 0.
            response.setHeader("Pragma", "no-cache");
            response.setHeader("Expires", "0");
        }
    }
}
