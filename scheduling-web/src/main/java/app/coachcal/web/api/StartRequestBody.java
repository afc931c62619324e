package app.coachcal.web.api;

import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import java.io.InputStream;
import java.util.List;

/**
 * The body of a booking or a move, {@code {"start": "...", "end": "..."}}, read strictly ({@link JsonBody}):
 * only these two fields, each a string, "start" required.
 */
record StartRequestBody(String start, String end, String raw) {

    private static final List<String> FIELDS = List.of("start", "end");

    static StartRequestBody read(InputStream in) {
        JsonBody body = JsonBody.read(in, FIELDS, "{\"start\": \"2026-12-01T09:00:00-08:00\"}", (name, value) -> {
            if (value != JsonParser.Event.VALUE_STRING) {
                throw InvalidRequest.field(name, "\"" + name + "\" must be a string: a date and time with its offset.");
            }
        });
        if (!body.values().containsKey("start")) {
            throw InvalidRequest.field("start", "\"start\" is required: the date and time of the call with its offset.");
        }
        return new StartRequestBody(text(body.values().get("start")), text(body.values().get("end")), body.raw());
    }

    private static String text(JsonValue value) {
        return value == null ? null : ((JsonString) value).getString();
    }
}
