package app.coachcal.web.api;

import app.coachcal.web.errors.OutagePage;
import app.coachcal.web.requests.RequestId;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;

/**
 * An RFC 9457 problem: a stable {@code type} per reason, a human title and
 * detail, and the request field at fault when there is one.
 *
 * <pre>{@code
 * return Problem.of(400, "invalid-field", "Invalid field", "start needs an offset").field("start").response();
 * }</pre>
 */
public record Problem(int status, String slug, String title, String detail, String field) {

    public static final String MEDIA_TYPE = "application/problem+json";
    static final String TYPE_BASE = "https://coachcal.app/problems/";
    static final String INSTANCE_BASE = "urn:coachcal:request:";

    public static Problem of(int status, String slug, String title, String detail) {
        return new Problem(status, slug, title, detail, null);
    }

    public Problem field(String name) {
        return new Problem(status, slug, title, detail, name);
    }

    /** The database cannot be reached: 503, to be sent with {@code Retry-After}. */
    public static Problem unavailable() {
        return of(503, "unavailable", "Coachcal is unavailable",
                "Coachcal cannot reach its database just now. Please try again shortly;"
                        + " a request sent with an Idempotency-Key can be repeated safely.");
    }

    public Response response() {
        Response.ResponseBuilder response = Response.status(status).type(MEDIA_TYPE).entity(json());
        if (status == 503) {
            response.header("Retry-After", OutagePage.RETRY_AFTER_SECONDS);
        }
        return response.build();
    }

    /** The body; {@code instance} names the request (its id is in the log and in {@code X-Request-Id}). */
    public String json() {
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("type", TYPE_BASE + slug)
                .add("title", title)
                .add("status", status)
                .add("detail", detail);
        if (field != null) {
            body.add("field", field);
        }
        RequestId.current().ifPresent(id -> body.add("instance", INSTANCE_BASE + id));
        return body.build().toString();
    }
}
