package app.coachcal.web.errors;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Form posts to the pages that no Coachcal form sends, answered before Faces sees them (where each was a 500
 * with a stack trace in the log): a body larger than any of our forms is 413 "Too much data"; a
 * {@code jakarta.faces.ViewState} that is not a server-side state id (e.g. {@code stateless}, which made Faces
 * try to rebuild the view and fail), or a postback without its form's marker field, is 400 with the "Please try
 * again" page. Nothing is logged for any of them.
 * The JSON API has its own limits and answers.
 */
@WebFilter(filterName = "HostileForms", urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST)
public class HostileForms extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** Our largest form (office hours, business rules, a 500-character reason) is a few kilobytes. */
    static final long MOST_FORM_BYTES = 64 * 1024;
    /** What Faces writes with server-side state saving: two numbers, {@code -123:456}. */
    private static final Pattern SERVER_STATE_ID = Pattern.compile("-?[0-9]{1,20}:-?[0-9]{1,20}");
    private static final String VIEW_STATE = "jakarta.faces.ViewState";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!isFormPostToAPage(request)) {
            chain.doFilter(request, response);
            return;
        }
        if (request.getContentLengthLong() > MOST_FORM_BYTES) {
            PlainErrorPage.send(request, response, 413, "/WEB-INF/errors/413.xhtml");
            return;
        }
        if (request.getCharacterEncoding() == null) {
            request.setCharacterEncoding(StandardCharsets.UTF_8.name());
        }
        String state;
        try {
            state = request.getParameter(VIEW_STATE);
        } catch (IllegalStateException tooLarge) {
            // A chunked body without a length, past the server's own limit.
            PlainErrorPage.send(request, response, 413, "/WEB-INF/errors/413.xhtml");
            return;
        }
        if (state != null && (!SERVER_STATE_ID.matcher(state).matches() || !namesItsForm(request))) {
            PlainErrorPage.send(request, response, 400, "/WEB-INF/errors/expired.xhtml");
            return;
        }
        chain.doFilter(request, response);
    }

    /**
     * Whether the postback carries its form's marker, the hidden field Faces writes as {@code form-id=form-id}.
     * Without it Faces takes the post for another form's and only renders the page again, half empty.
     */
    private static boolean namesItsForm(HttpServletRequest request) {
        return request.getParameterMap().entrySet().stream().anyMatch(field -> !VIEW_STATE.equals(field.getKey())
                && field.getValue().length == 1 && field.getKey().equals(field.getValue()[0]));
    }

    private static boolean isFormPostToAPage(HttpServletRequest request) {
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        return "POST".equals(request.getMethod())
                && !request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                && (type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/form-data"));
    }
}
