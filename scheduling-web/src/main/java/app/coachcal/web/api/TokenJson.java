package app.coachcal.web.api;

import app.coachcal.persistence.tokens.ApiToken;
import app.coachcal.persistence.tokens.IssuedToken;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.List;

/** Personal API tokens as JSON: never the secret, except once in the answer that creates it. */
final class TokenJson {

    private TokenJson() {
    }

    static JsonObject token(ApiToken token) {
        return fields(token).build();
    }

    static JsonObject issued(IssuedToken issued) {
        return fields(issued.token()).add("token", issued.secret()).build();
    }

    static JsonObject tokens(List<ApiToken> tokens) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        tokens.forEach(token -> array.add(token(token)));
        return Json.createObjectBuilder().add("tokens", array).build();
    }

    private static JsonObjectBuilder fields(ApiToken token) {
        return Json.createObjectBuilder()
                .add("id", token.id().toString())
                .add("name", token.name())
                .add("createdAt", token.createdAt().toString())
                .add("lastUsedAt", token.lastUsedAt() == null ? JsonValue.NULL : Json.createValue(token.lastUsedAt().toString()))
                .add("expiresAt", token.expiresAt().toString());
    }
}
