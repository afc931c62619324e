package app.coachcal.web.api;

import app.coachcal.domain.request.TokenLifetimeField;
import app.coachcal.domain.request.TokenNameField;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.stream.JsonParser;
import java.io.InputStream;
import java.util.List;

/**
 * The body of {@code POST /api/v1/tokens}, {@code {"name": "laptop", "expiresInDays": 30}}, read strictly
 * ({@link JsonBody}) and whitelisted: a name of 1 to 60 printable characters, and optionally a whole number of
 * days from 1 to 365 (default 90).
 */
record TokenRequestBody(String name, int days) {

    private static final List<String> FIELDS = List.of(TokenNameField.FIELD, TokenLifetimeField.FIELD);

    static TokenRequestBody read(InputStream in) {
        JsonBody body = JsonBody.read(in, FIELDS, "{\"name\": \"laptop\", \"expiresInDays\": 90}", (name, value) -> {
            if (name.equals(TokenNameField.FIELD) && value != JsonParser.Event.VALUE_STRING) {
                throw InvalidRequest.field(name, "\"name\" must be a string.");
            }
            if (name.equals(TokenLifetimeField.FIELD) && value != JsonParser.Event.VALUE_NUMBER) {
                throw InvalidRequest.field(name, "\"expiresInDays\" must be a whole number of days from 1 to "
                        + TokenLifetimeField.MAX_DAYS + ".");
            }
        });
        if (!body.values().containsKey(TokenNameField.FIELD)) {
            throw InvalidRequest.field(TokenNameField.FIELD, "\"name\" is required: say what will use the token.");
        }
        String name = Fields.valid(TokenNameField.parse(((JsonString) body.values().get(TokenNameField.FIELD)).getString()));
        JsonNumber days = (JsonNumber) body.values().get(TokenLifetimeField.FIELD);
        // The number's own text ("30", not "30.0" or "3e1"), so that the field's whitelist decides.
        return new TokenRequestBody(name, Fields.valid(TokenLifetimeField.parse(days == null ? null : days.toString())));
    }
}
