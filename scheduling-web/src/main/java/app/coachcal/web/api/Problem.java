package app.coachcal.web.api;

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

    public static Problem of(int status, String slug, String title, String detail) {
        return new Problem(status, slug, title, detail, null);
    }

    public Problem field(String name) {
        return new Problem(status, slug, title, detail, name);
    }

    public Response response() {
        return Response.status(status).type(MEDIA_TYPE).entity(json()).build();
    }

    String json() {
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("type", TYPE_BASE + slug)
                .add("title", title)
                .add("status", status)
                .add("detail", detail);
        if (field != null) {
            body.add("field", field);
        }
        return body.build().toString();
    }
}
