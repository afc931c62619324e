package app.coachcal.web.errors;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

/**
 * Answers a request that Coachcal will not process with one of its own error pages and a 4xx, rendered as a
 * plain GET without parameters: the request's own method, body and view state (which are what is wrong with it)
 * never reach Faces, so rendering the page cannot fail the same way.
 *
 * <pre>{@code
 * PlainErrorPage.send(request, response, 413, "/WEB-INF/errors/413.xhtml");
 * }</pre>
 */
final class PlainErrorPage {

    private PlainErrorPage() {
    }

    static void send(HttpServletRequest request, HttpServletResponse response, int status, String view)
            throws IOException, ServletException {
        response.resetBuffer();
        response.setStatus(status);
        response.setHeader("Connection", "close");
        request.getRequestDispatcher(view).forward(new PlainGet(request), response);
    }

    /** The same request as a GET with no parameters and no body. */
    private static final class PlainGet extends HttpServletRequestWrapper {

        PlainGet(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Collections.emptyMap();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }

        @Override
        public int getContentLength() {
            return 0;
        }

        @Override
        public long getContentLengthLong() {
            return 0;
        }

        @Override
        public String getContentType() {
            return null;
        }
    }
}
