package app.coachcal.web.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Calls of two demo clients made through the API of a Coachcal running elsewhere (not the shared
 * test server), leaving rows and history behind: client1 books and moves a call, client2 books
 * one and cancels it.
 *
 * <pre>{@code
 * String kept = DemoBookings.makeOn(URI.create("http://localhost:8123/"));
 * }</pre>
 */
public final class DemoBookings {

    private static final ZoneId LA = ZoneId.of("America/Los_Angeles");

    private DemoBookings() {
    }

    /** Returns the path of the call client1 keeps ({@code /api/v1/appointments/<id>}). */
    public static String makeOn(URI base) throws IOException, InterruptedException {
        LocalDate monday = Dates.mondayAhead(LA, 2);
        String kept = location(expect(201, send(base, "client1@example.com", "POST", Api.APPOINTMENTS,
                Api.startBody(Dates.start(monday, "10:00", LA)))));
        expect(200, send(base, "client1@example.com", "PATCH", kept, Api.startBody(Dates.start(monday, "14:00", LA))));
        String cancelled = location(expect(201, send(base, "client2@example.com", "POST", Api.APPOINTMENTS,
                Api.startBody(Dates.start(monday.plusDays(1), "09:00", LA)))));
        expect(204, send(base, "client2@example.com", "DELETE", cancelled, null));
        return kept;
    }

    public static HttpResponse<String> send(URI base, String email, String method, String path, String json)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .header("Authorization", "Bearer " + PersonalTokens.fresh(base, email))
                .header("Accept", "application/json");
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> expect(int status, HttpResponse<String> response) {
        if (response.statusCode() != status) {
            throw new AssertionError("expected " + status + " but got " + response.statusCode() + ": " + response.body());
        }
        return response;
    }

    private static String location(HttpResponse<String> response) {
        return URI.create(response.headers().firstValue("Location").orElseThrow()).getPath();
    }
}
