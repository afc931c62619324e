package app.coachcal.web.api;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;

/**
 * A request body read strictly: at most {@value #MAX_BYTES} bytes of UTF-8, one flat JSON object, only the
 * known fields, each once, each of the type its {@link ValueRule} accepts. Anything else is a 400 (413 when too
 * large) before any rule is looked at.
 *
 * <pre>{@code
 * JsonBody body = JsonBody.read(in, List.of("name"), "{\"name\": \"laptop\"}", (name, event) -> { ... });
 * }</pre>
 */
record JsonBody(Map<String, JsonValue> values, String raw) {

    static final int MAX_BYTES = 2048;

    /** Refuses (throws {@link InvalidRequest}) a field whose value starts with an event it does not accept. */
    @FunctionalInterface
    interface ValueRule {
        void check(String name, JsonParser.Event value);
    }

    static JsonBody read(InputStream in, List<String> fields, String example, ValueRule rule) {
        String raw = limited(in);
        Map<String, JsonValue> values = new LinkedHashMap<>();
        try (JsonParser parser = Json.createParser(new StringReader(raw))) {
            if (next(parser) != JsonParser.Event.START_OBJECT) {
                throw malformed("The body must be a JSON object such as " + example + ".");
            }
            JsonParser.Event event;
            while ((event = next(parser)) == JsonParser.Event.KEY_NAME) {
                String name = parser.getString();
                if (!fields.contains(name)) {
                    throw new InvalidRequest(Problem.of(400, "unknown-field", "Unknown field", "Only "
                            + String.join(" and ", fields.stream().map(f -> "\"" + f + "\"").toList())
                            + " may be sent.").field(shortened(name)));
                }
                rule.check(name, next(parser));
                if (values.put(name, parser.getValue()) != null) {
                    throw InvalidRequest.field(name, "\"" + name + "\" is sent twice.");
                }
            }
            if (event != JsonParser.Event.END_OBJECT || parser.hasNext()) {
                throw malformed("The body must be one JSON object and nothing after it.");
            }
        } catch (JsonException e) {
            throw malformed("The body is not valid JSON.");
        }
        return new JsonBody(values, raw);
    }

    private static String limited(InputStream in) {
        try {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new InvalidRequest(Problem.of(413, "body-too-large", "The body is too large",
                        "A request body may be at most " + MAX_BYTES + " bytes."));
            }
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
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

    private static InvalidRequest malformed(String detail) {
        return new InvalidRequest(Problem.of(400, "malformed-json", "The body is not valid JSON", detail));
    }

    private static String shortened(String name) {
        String cut = name.length() > 40 ? name.substring(0, 40) : name;
        return cut.replaceAll("[^A-Za-z0-9_-]", "?");
    }
}
