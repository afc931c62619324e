package app.coachcal.web.api;

import jakarta.json.Json;
import jakarta.json.stream.JsonParser;
import jakarta.json.JsonException;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The body of a booking or a move, {@code {"start": "...", "end": "..."}},
 * read strictly: at most {@value #MAX_BYTES} bytes of UTF-8, one flat object,
 * only the known fields, each once, each a string. Anything else is a 400
 * (413 when too large) before any rule is looked at.
 */
record StartRequestBody(String start, String end, String raw) {

    static final int MAX_BYTES = 2048;
    private static final Set<String> FIELDS = Set.of("start", "end");

    static StartRequestBody read(InputStream in) {
        String raw = limited(in);
        Map<String, String> values = new LinkedHashMap<>();
        try (JsonParser parser = Json.createParser(new StringReader(raw))) {
            expect(parser, JsonParser.Event.START_OBJECT, "The body must be a JSON object such as {\"start\": \"2026-12-01T09:00:00-08:00\"}.");
            JsonParser.Event event;
            while ((event = next(parser)) == JsonParser.Event.KEY_NAME) {
                String name = parser.getString();
                if (!FIELDS.contains(name)) {
                    throw new InvalidRequest(Problem.of(400, "unknown-field", "Unknown field",
                            "Only \"start\" and \"end\" may be sent.").field(shortened(name)));
                }
                if (next(parser) != JsonParser.Event.VALUE_STRING) {
                    throw InvalidRequest.field(name, "\"" + name + "\" must be a string: a date and time with its offset.");
                }
                if (values.put(name, parser.getString()) != null) {
                    throw InvalidRequest.field(name, "\"" + name + "\" is sent twice.");
                }
            }
            if (event != JsonParser.Event.END_OBJECT || parser.hasNext()) {
                throw malformed("The body must be one JSON object and nothing after it.");
            }
        } catch (JsonException e) {
            throw malformed("The body is not valid JSON.");
        }
        if (!values.containsKey("start")) {
            throw InvalidRequest.field("start", "\"start\" is required: the date and time of the call with its offset.");
        }
        return new StartRequestBody(values.get("start"), values.get("end"), raw);
    }

    private static String limited(InputStream in) {
        try {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new InvalidRequest(Problem.of(413, "body-too-large", "The body is too large",
                        "A request body may be at most " + MAX_BYTES + " bytes."));
            }
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw malformed("The body must be UTF-8 text.");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonParser.Event next(JsonParser parser) {
        if (!parser.hasNext()) {
            throw malformed("The body ends too early.");
        }
        return parser.next();
    }

    private static void expect(JsonParser parser, JsonParser.Event expected, String detail) {
        if (next(parser) != expected) {
            throw malformed(detail);
        }
    }

    private static InvalidRequest malformed(String detail) {
        return new InvalidRequest(Problem.of(400, "malformed-json", "The body is not valid JSON", detail));
    }

    private static String shortened(String name) {
        String cut = name.length() > 40 ? name.substring(0, 40) : name;
        return cut.replaceAll("[^A-Za-z0-9_-]", "?");
    }
}
