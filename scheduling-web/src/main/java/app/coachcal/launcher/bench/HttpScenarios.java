package app.coachcal.launcher.bench;

import java.io.IOException;
import java.net.URI;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The scenarios over HTTP against the running Coachcal: bookings of distinct free slots, the week view
 * (API and page) at 16 users, and the slot computation of one client as the coach's past calls grow.
 */
final class HttpScenarios {

    static final String BOOKING = "API booking (POST /api/v1/appointments)";
    static final String WEEK_API = "week view, API (GET /api/v1/availability)";
    static final String WEEK_PAGE = "week view, page (GET /book/?from=)";
    static final String SLOTS = "free slots of 1 client, %d past calls";
    static final int WEEK_USERS = 16;

    private final ApiRequests api;
    private final URI base;
    private final String password;
    private final Duration warmUp;
    private final Duration duration;

    HttpScenarios(URI base, String password, Duration warmUp, Duration duration) {
        this.api = new ApiRequests(base, password);
        this.base = base;
        this.password = password;
        this.warmUp = warmUp;
        this.duration = duration;
    }

    /** Tokens (or Basic) for the people of these lanes and the probe; says which. */
    String authenticate(Lanes lanes, List<String> others) throws IOException, InterruptedException {
        List<String> everyone = new ArrayList<>(lanes.emails());
        everyone.addAll(others);
        api.credentials().prepare(everyone);
        return api.credentials().describe();
    }

    void bookings(Lanes lanes, List<Integer> concurrencies, Consumer<Measurement> results) throws InterruptedException {
        for (int clients : concurrencies) {
            results.accept(ClosedLoop.run(BOOKING, clients, warmUp, duration, 201, worker -> api.book(lanes)));
        }
    }

    /** Each of 16 users asks for one of the next 8 weeks in turn, by the API and by the page (signed in by form). */
    void weekView(List<String> emails, Consumer<Measurement> results) throws IOException, InterruptedException {
        results.accept(ClosedLoop.run(WEEK_API, WEEK_USERS, warmUp, duration, 200,
                worker -> api.availability(emails.get(worker % emails.size()))));
        List<PageSession> sessions = new ArrayList<>();
        for (int user = 0; user < WEEK_USERS; user++) {
            sessions.add(PageSession.signIn(base, emails.get(user % emails.size()), password));
        }
        results.accept(ClosedLoop.run(WEEK_PAGE, WEEK_USERS, warmUp, duration, 200,
                worker -> api.bookPage(sessions.get(worker))));
    }

    /**
     * The probe client's week (1 user) with its coach's past calls at 1,000 and then at {@code pastCalls}:
     * a flat slot computation answers both alike.
     */
    void slotComputation(BenchSeed seed, String probeEmail, int pastCalls, Consumer<Measurement> results)
            throws InterruptedException, SQLException {
        int done = 0;
        for (int past : List.of(1_000, pastCalls)) {
            seed.pastCalls(Benchmark.PROBE, done + 1, past);
            done = past;
            results.accept(ClosedLoop.run(SLOTS.formatted(past), 1, warmUp, duration, 200,
                    worker -> api.availability(probeEmail)));
        }
    }
}
