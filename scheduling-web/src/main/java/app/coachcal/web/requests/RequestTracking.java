package app.coachcal.web.requests;

import app.coachcal.web.errors.OutagePage;
import app.coachcal.web.metrics.RequestMetrics;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Gives every request its {@link RequestId} (answer header, and the thread's name while it is served, which
 * Payara prints on every log line as {@code _ThreadName=... request=<id>}), times it for the metrics, and
 * turns a page that failed because the database is unreachable into the "try again shortly" page (503).
 */
@WebFilter(filterName = "RequestTracking", urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST)
public class RequestTracking extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    private OutagePage outagePage;
    @Inject
    private RequestMetrics metrics;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String id = RequestId.chooseFor(request.getHeader(RequestId.HEADER));
        long started = System.nanoTime();
        Thread thread = Thread.currentThread();
        String threadName = thread.getName();
        RequestId.set(id);
        thread.setName(threadName + " request=" + id);
        response.setHeader(RequestId.HEADER, id);
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException failure) {
            if (!outagePage.sendIfDatabaseIsDown(request, response, failure)) {
                throw failure;
            }
        } finally {
            metrics.served(request, System.nanoTime() - started);
            thread.setName(threadName);
            RequestId.clear();
        }
    }
}
