package app.coachcal.web.errors;

import app.coachcal.web.api.Problem;
import app.coachcal.web.health.DatabaseReachability;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.Logger;

/**
 * The answer to a request that failed because PostgreSQL cannot be reached: 503 with {@code Retry-After}, a
 * plain "try again shortly" page (no template, no session, nothing that needs the database) or, under
 * {@code /api/}, the {@code unavailable} problem. Nothing was written: each change is one transaction.
 */
@ApplicationScoped
public class OutagePage {

    public static final int RETRY_AFTER_SECONDS = 30;
    private static final Logger LOG = Logger.getLogger(OutagePage.class.getName());

    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="en">
            <head><meta charset="UTF-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>
            <title>Coachcal is unavailable – Coachcal</title>
            <link rel="stylesheet" href="%1$s/resources/coachcal/coachcal.css"/></head>
            <body>
            <main id="main">
            <h1>Coachcal is unavailable just now</h1>
            <p>Coachcal cannot reach its database. Please try again shortly; nothing was changed.</p>
            <p><a href="%1$s/">Go to the start page</a></p>
            </main>
            </body>
            </html>
            """;

    @Inject
    private DatabaseReachability database;

    /** Answers 503 if the database is the reason and nothing was sent yet; false otherwise. */
    public boolean sendIfDatabaseIsDown(HttpServletRequest request, HttpServletResponse response, Throwable failure)
            throws IOException {
        if (response.isCommitted() || database.answers()) {
            return false;
        }
        LOG.warning(() -> "Answered 503: the database cannot be reached (" + summary(failure) + ")");
        response.resetBuffer();
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setContentType(Problem.MEDIA_TYPE);
            response.getOutputStream().write(Problem.unavailable().json().getBytes(StandardCharsets.UTF_8));
        } else {
            response.setContentType("text/html;charset=UTF-8");
            response.getOutputStream().write(PAGE.formatted(request.getContextPath()).getBytes(StandardCharsets.UTF_8));
        }
        response.flushBuffer();
        return true;
    }

    /** The failure in one line (its type and the first line of its message): the log stays readable. */
    public static String summary(Throwable failure) {
        String message = String.valueOf(failure.getMessage()).strip().lines().findFirst().orElse("");
        return failure.getClass().getSimpleName() + ": " + message;
    }
}
