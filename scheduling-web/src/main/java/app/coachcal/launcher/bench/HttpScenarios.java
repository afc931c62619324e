package app.coachcal.launcher.bench;

import java.io.IOException;
import java.net.URI;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

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

    List<Measurement> bookings(Lanes lanes, List<Integer> concurrencies) throws InterruptedException {
        List<Measurement> results = new ArrayList<>();
        for (int clients : concurrencies) {
            results.add(ClosedLoop.run(BOOKING, clients, warmUp, duration, 201, worker -> api.book(lanes)));
        }
        return results;
    }

    /** Each of 16 users asks for one of the next 8 weeks in turn, by the API and by the page (signed in by form). */
    List<Measurement> weekView(List<String> emails) throws IOException, InterruptedException {
        List<Measurement> results = new ArrayList<>();
        results.add(ClosedLoop.run(WEEK_API, WEEK_USERS, warmUp, duration, 200,
                worker -> api.availability(emails.get(worker % emails.size()))));
        List<PageSession> sessions = new ArrayList<>();
        for (int user = 0; user < WEEK_USERS; user++) {
            sessions.add(PageSession.signIn(base, emails.get(user % emails.size()), password));
        }
        results.add(ClosedLoop.run(WEEK_PAGE, WEEK_USERS, warmUp, duration, 200,
                worker -> api.bookPage(sessions.get(worker))));
        return results;
    }

    /**
     * The probe client's week (1 user) with its coach's past calls at 1,000 and then at {@code pastCalls}:
     * a flat slot computation answers both alike.
     */
    List<Measurement> slotComputation(BenchSeed seed, String probeEmail, int pastCalls)
            throws InterruptedException, SQLException {
        List<Measurement> results = new ArrayList<>();
        int done = 0;
        for (int past : List.of(1_000, pastCalls)) {
            seed.pastCalls(Benchmark.PROBE, done + 1, past);
            done = past;
            results.add(ClosedLoop.run(SLOTS.formatted(past), 1, warmUp, duration, 200,
                    worker -> api.availability(probeEmail)));
        }
        return results;
    }
}
