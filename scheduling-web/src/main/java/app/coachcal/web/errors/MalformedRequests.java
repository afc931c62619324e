package app.coachcal.web.errors;

import app.coachcal.web.api.Problem;
import app.coachcal.web.edge.MalformedTargets;
import app.coachcal.web.security.SecurityHeaders;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The answer to a request whose target was not well-formed, which {@link MalformedTargets} sent here: 400 with
 * the "Check the address" page, or the {@code malformed-request} problem under {@code /api/}. Nothing is logged:
 * anyone can send such a request as often as they like.
 */
@WebFilter(filterName = "MalformedRequests", urlPatterns = {MalformedTargets.PAGE, MalformedTargets.API},
        dispatcherTypes = DispatcherType.REQUEST)
public class MalformedRequests extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!request.getRequestURI().equals(request.getContextPath() + MalformedTargets.API)) {
            PlainErrorPage.send(request, response, 400, "/WEB-INF/errors/400.xhtml");
            return;
        }
        response.resetBuffer();
        SecurityHeaders.addTo(request, response);
        response.setStatus(400);
        response.setHeader("Connection", "close");
        response.setContentType(Problem.MEDIA_TYPE);
        response.getOutputStream().write(Problem.of(400, "malformed-request", "The address is not valid",
                "The path or query is not valid percent-encoded UTF-8, or names a path Coachcal never uses.")
                .json().getBytes(StandardCharsets.UTF_8));
    }
}
