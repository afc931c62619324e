package app.coachcal.launcher.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code Authorization} header of each seeded person: a bearer token from {@code POST /api/v1/tokens}, fetched
 * once per person before the load starts, or HTTP Basic on every request where that endpoint does not exist (404).
 */
final class Credentials {

    private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");

    private final HttpClient http;
    private final URI base;
    private final String password;
    private final Map<String, String> headers = new ConcurrentHashMap<>();
    private boolean bearer = true;

    Credentials(HttpClient http, URI base, String password) {
        this.http = http;
        this.base = base;
        this.password = password;
    }

    /** Tokens for all these people (or, without the token endpoint, Basic for everyone). */
    void prepare(List<String> emails) throws IOException, InterruptedException {
        for (String email : emails) {
            if (bearer && !headers.containsKey(email)) {
                HttpResponse<String> answer = http.send(HttpRequest.newBuilder(base.resolve("api/v1/tokens"))
                        .header("Authorization", basic(email)).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"bench\"}")).build(),
                        HttpResponse.BodyHandlers.ofString());
                Matcher token = TOKEN.matcher(answer.body());
                if (answer.statusCode() == 404) {
                    bearer = false;
                } else if (answer.statusCode() == 201 && token.find()) {
                    headers.put(email, "Bearer " + token.group(1));
                } else {
                    throw new IOException("POST /api/v1/tokens answered " + answer.statusCode() + " for " + email);
                }
            }
        }
    }

    String header(String email) {
        return bearer ? headers.get(email) : basic(email);
    }

    String describe() {
        return bearer ? "Authorization: Bearer (one token per person from POST /api/v1/tokens)"
                : "HTTP Basic on every request (POST /api/v1/tokens answered 404)";
    }

    private String basic(String email) {
        return "Basic " + Base64.getEncoder().encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
