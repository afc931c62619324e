package app.coachcal.web.edge;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Every redirect and {@code Location} header that pages and the API send is built on the public origin
 * ({@link PublicOrigin}), never from the request's {@code Host} header, which anyone can set
 * ({@code Host: evil.example} made {@code Location: http://evil.example/login}). Redirects the server makes
 * before any filter runs take the same origin from the listener's {@code server-name}, set by the launcher.
 */
@WebFilter(filterName = "PublicLocations", urlPatterns = "/*",
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class PublicLocations extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final String LOCATION = "Location";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(request, new OnPublicOrigin(response, request.getRequestURI()));
    }

    /** The response, with each location it is given moved onto the public origin. */
    private static final class OnPublicOrigin extends HttpServletResponseWrapper {

        private final String requestUri;

        OnPublicOrigin(HttpServletResponse response, String requestUri) {
            super(response);
            this.requestUri = requestUri;
        }

        private String onOrigin(String location) {
            return PublicOrigin.get().absolute(location, requestUri);
        }

        /** The server keeps an absolute URL as it is; it would build one from Host for a path. */
        @Override
        public void sendRedirect(String location) throws IOException {
            super.sendRedirect(onOrigin(location));
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, LOCATION.equalsIgnoreCase(name) && value != null ? onOrigin(value) : value);
        }

        @Override
        public void addHeader(String name, String value) {
            super.addHeader(name, LOCATION.equalsIgnoreCase(name) && value != null ? onOrigin(value) : value);
        }
    }
}
