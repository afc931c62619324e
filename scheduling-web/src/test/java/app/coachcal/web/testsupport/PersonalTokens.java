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
 * Personal API tokens obtained with the person's password ({@code POST /api/v1/tokens}, HTTP Basic: the only
 * request that takes it). On the shared test server one token per person is obtained once per test run and
 * reused, as a real API client keeps its token, so the slow password hash runs once per person, not on every
 * request. A Coachcal started by a test for itself gets a new token each time: its port may be another one's
 * later, with another database.
 *
 * <pre>{@code
 * String bearer = "Bearer " + PersonalTokens.of(client.email());
 * String elsewhere = PersonalTokens.fresh(URI.create("http://localhost:8123/"), "client1@example.com");
 * }</pre>
 */
public final class PersonalTokens {

    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private PersonalTokens() {
    }

    /** The token of {@code email} (demo password) on the shared test server, obtained once per test run. */
    public static String of(String email) {
        return TOKENS.computeIfAbsent(email, key -> fresh(Http.uri("/"), email));
    }

    /** A new token of {@code email} (demo password) on the Coachcal at {@code base}. */
    public static String fresh(URI base, String email) {
        return obtain(base, email, Api.PASSWORD, "{\"name\":\"test run\"}").text("token");
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
