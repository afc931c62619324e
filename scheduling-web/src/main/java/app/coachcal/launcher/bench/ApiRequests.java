package app.coachcal.launcher.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/** The API requests of the benchmark, each answering its HTTP status ({@link ClosedLoop.Exchange}). */
final class ApiRequests {

    static final int WEEKS_AHEAD = 8;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final URI base;
    private final Credentials credentials;
    private final AtomicLong weeks = new AtomicLong();

    ApiRequests(URI base, String password) {
        this.base = base;
        this.credentials = new Credentials(http, base, password);
    }

    Credentials credentials() {
        return credentials;
    }

    /** {@code POST /api/v1/appointments} for the next free slot of the lanes; {@link ClosedLoop#NO_MORE} past the horizon. */
    int book(Lanes lanes) throws IOException, InterruptedException {
        Lanes.Slot slot = lanes.next().orElse(null);
        if (slot == null) {
            return ClosedLoop.NO_MORE;
        }
        return http.send(HttpRequest.newBuilder(base.resolve("api/v1/appointments"))
                .header("Authorization", credentials.header(slot.email()))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"start\":\"" + slot.start() + "\"}")).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** {@code GET /api/v1/availability} of one of the next weeks, in turn, as this person. */
    int availability(String email) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(base.resolve("api/v1/availability?from=" + nextWeek() + "&weeks=1"))
                .header("Authorization", credentials.header(email)).GET().build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** {@code /book/?from=} of one of the next weeks, in turn, in this page session. */
    int bookPage(PageSession session) throws IOException, InterruptedException {
        return session.get("book/?from=" + nextWeek()).statusCode();
    }

    private LocalDate nextWeek() {
        return LocalDate.now(ZoneOffset.UTC).plusWeeks(weeks.getAndIncrement() % WEEKS_AHEAD);
    }
}
