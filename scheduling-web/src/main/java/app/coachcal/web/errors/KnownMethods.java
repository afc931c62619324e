package app.coachcal.web.errors;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;

/**
 * Pages take GET, HEAD and POST; any other method ({@code PROPFIND}, {@code MKCOL}, {@code TRACE},
 * {@code BREW}...) is 405 with Coachcal's own page, where the server's default page named the server (the
 * HTTP listener lets TRACE through so that it gets this answer and our headers; nothing here echoes it). The
 * JSON API answers every other method itself with a 405 problem.
 */
@WebFilter(filterName = "KnownMethods", urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST)
public class KnownMethods extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Set<String> PAGE_METHODS = Set.of("GET", "HEAD", "POST");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        if (api || PAGE_METHODS.contains(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader("Allow", "GET, HEAD, POST");
        PlainErrorPage.send(request, response, 405, "/WEB-INF/errors/405.xhtml");
    }
}
