package app.coachcal.web.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One personal API token per person and server, obtained once per test run with the person's password
 * ({@code POST /api/v1/tokens}, HTTP Basic: the only request that takes it) and reused, as a real API client
 * keeps its token; so the slow password hash runs once per person, not on every request.
 *
 * <pre>{@code
 * String bearer = "Bearer " + PersonalTokens.of(client.email());
 * String elsewhere = PersonalTokens.on(URI.create("http://localhost:8123/"), "client1@example.com");
 * }</pre>
 */
public final class PersonalTokens {

    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private PersonalTokens() {
    }

    /** The token of {@code email} (demo password) on the shared test server. */
    public static String of(String email) {
        return on(Http.uri("/"), email);
    }

    /** The token of {@code email} (demo password) on the Coachcal at {@code base}. */
    public static String on(URI base, String email) {
        return TOKENS.computeIfAbsent(base + " " + email, key -> obtain(base, email, Api.PASSWORD));
    }

    /** A new token, not cached: the answer of {@code POST /api/v1/tokens}, which must be 201. */
    public static Json obtain(URI base, String email, String password, String body) {
        HttpResponse<String> created = send(HttpRequest.newBuilder(base.resolve(Api.TOKENS.substring(1)))
                .header("Authorization", Api.basic(email + ":" + password))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        if (created.statusCode() != 201) {
            throw new AssertionError("no token for " + email + ": " + created.statusCode() + " " + created.body());
        }
        return Json.parse(created.body());
    }

    private static String obtain(URI base, String email, String password) {
        return obtain(base, email, password, "{\"name\":\"test run\"}").text("token");
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return CLIENT.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
