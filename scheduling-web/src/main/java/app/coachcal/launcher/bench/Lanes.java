package app.coachcal.launcher.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The distinct free slots of one pool, handed out in turn to any number of threads: booking {@code k} is the
 * client of lane {@code k % lanes} at its hour on day {@code k / lanes} after the first free day (see
 * {@link BenchSeed}), so consecutive bookings go to different clients and coaches.
 */
final class Lanes {

    /** One booking to make: who books, and the start of the call. */
    record Slot(String email, Instant start) {
    }

    private static final Duration HORIZON = Duration.ofDays(365);

    private final List<String> emails;
    private final List<Integer> hours;
    private final Instant firstDay;
    private final AtomicLong next = new AtomicLong();

    private Lanes(List<String> emails, List<Integer> hours, Instant firstDay) {
        this.emails = emails;
        this.hours = hours;
        this.firstDay = firstDay;
    }

    static Lanes of(Connection connection, String pool, long firstFreeDay) throws SQLException {
        List<String> emails = new ArrayList<>();
        List<Integer> hours = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT email, hour FROM bench_lane WHERE pool = ? ORDER BY n")) {
            query.setString(1, pool);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    emails.add(rows.getString(1));
                    hours.add(rows.getInt(2));
                }
            }
        }
        return new Lanes(List.copyOf(emails), List.copyOf(hours), Instant.ofEpochSecond(firstFreeDay));
    }

    /** The next free slot, or empty once the horizon is reached. */
    Optional<Slot> next() {
        long k = next.getAndIncrement();
        int lane = (int) (k % emails.size());
        Instant start = firstDay.plus(Duration.ofDays(k / emails.size())).plus(Duration.ofHours(hours.get(lane)));
        return start.isAfter(Instant.now().plus(HORIZON)) ? Optional.empty() : Optional.of(new Slot(emails.get(lane), start));
    }

    List<String> emails() {
        return emails;
    }
}
