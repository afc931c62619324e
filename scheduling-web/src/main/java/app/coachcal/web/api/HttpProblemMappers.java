package app.coachcal.web.api;

import app.coachcal.web.errors.OutagePage;
import app.coachcal.web.health.DatabaseReachability;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/** HTTP-level refusals (unknown path, wrong method or media type) and the unexpected, as problem+json. */
final class HttpProblemMappers {

    private HttpProblemMappers() {
    }

    @Provider
    public static class WebApplicationMapper implements ExceptionMapper<WebApplicationException> {
        @Inject
        private DatabaseReachability database;

        @Override
        public Response toResponse(WebApplicationException e) {
            int status = e.getResponse().getStatus();
            Problem problem = switch (status) {
                case 404 -> Problem.of(404, "not-found", "Not found", "There is nothing at this address.");
                case 405 -> Problem.of(405, "method-not-allowed", "Method not allowed", "This address does not take that method.");
                case 406 -> Problem.of(406, "not-acceptable", "Not acceptable", "Answers are application/json.");
                case 415 -> Problem.of(415, "unsupported-media-type", "Unsupported media type", "Send the body as application/json.");
                default -> status >= 500 ? unexpected(e, database) : Problem.of(400, "bad-request", "Bad request", "The request could not be read.");
            };
            Response.ResponseBuilder response = Response.fromResponse(problem.response());
            e.getResponse().getHeaders().forEach((name, values) -> {
                if (name.equalsIgnoreCase("Allow")) {
                    values.forEach(value -> response.header(name, value));
                }
            });
            return response.build();
        }
    }

    @Provider
    public static class UnexpectedMapper implements ExceptionMapper<Throwable> {
        @Inject
        private DatabaseReachability database;

        @Override
        public Response toResponse(Throwable e) {
            return unexpected(e, database).response();
        }
    }

    /** An outage of the database is 503 (try again shortly), anything else a fault of Coachcal: 500. */
    private static Problem unexpected(Throwable e, DatabaseReachability database) {
        if (!database.answers()) {
            Logger.getLogger(HttpProblemMappers.class.getName()).warning(
                    () -> "Answered 503: the database cannot be reached (" + OutagePage.summary(e) + ")");
            return Problem.unavailable();
        }
        Logger.getLogger(HttpProblemMappers.class.getName()).log(Level.SEVERE, "Unexpected failure of an API request", e);
        return Problem.of(500, "internal-error", "Something went wrong", "Nothing was changed. Please try again.");
    }
}
