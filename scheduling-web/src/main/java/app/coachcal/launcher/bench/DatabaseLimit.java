package app.coachcal.launcher.bench;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The same rows as an API booking, written by pgbench straight into PostgreSQL: into
 * {@code bench_bare_appointment} (only the two exclusion constraints) and into {@code appointment} (its trigger,
 * foreign keys, indexes and history). Connection {@code c} takes lanes {@code c, c + clients, ...} of the
 * {@code pgbench} pool in turn, one day further each round, so every transaction books a distinct free slot.
 */
final class DatabaseLimit {

    static final String BARE = "bare INSERT (exclusion constraints only)";
    static final String TRIGGER = "INSERT through the trigger";
    static final String POOL = "pgbench";

    private static final String LANE = """
            \\set k :n % :per
            \\set p :client_id + :clients * :k
            \\set s :base + (:n / :per) * 86400
            \\set n :n + 1
            """;
    private static final String ROW = " SELECT %s, to_timestamp(:s + hour * 3600), to_timestamp(:s + hour * 3600 + 3600),"
            + " tstzrange(to_timestamp(:s + hour * 3600), to_timestamp(:s + hour * 3600 + 3600), '[)')"
            + " FROM bench_lane WHERE pool = 'pgbench' AND n = :p;\n";
    private static final String BARE_SCRIPT = LANE + "INSERT INTO bench_bare_appointment (coach_id, client_id, starts_at,"
            + " ends_at, blocked)" + ROW.formatted("coach_id, client_id");
    private static final String TRIGGER_SCRIPT = LANE + "INSERT INTO appointment (relationship_id, coach_id, client_id,"
            + " starts_at, ends_at, blocked)" + ROW.formatted("relationship_id, coach_id, client_id");

    private final Optional<PgBench> pgbench;
    private final BenchSeed seed;
    private final int lanes;

    DatabaseLimit(Optional<PgBench> pgbench, BenchSeed seed, int lanes) {
        this.pgbench = pgbench;
        this.seed = seed;
        this.lanes = lanes;
    }

    /** Both scripts at each concurrency; skipped rows (with the reason) when there is no pgbench. */
    void run(List<Integer> concurrencies, Duration duration, Consumer<Measurement> results)
            throws IOException, InterruptedException, SQLException {
        for (String scenario : List.of(BARE, TRIGGER)) {
            for (int clients : concurrencies) {
                if (pgbench.isEmpty()) {
                    results.accept(Measurement.skipped(scenario, clients, "no pgbench on the PATH (set COACHCAL_PGBENCH)"));
                    continue;
                }
                String table = scenario.equals(BARE) ? "bench_bare_appointment" : "appointment";
                long base = seed.firstFreeDay(table, POOL);
                results.accept(pgbench.get().run(scenario, scenario.equals(BARE) ? BARE_SCRIPT : TRIGGER_SCRIPT, clients,
                        duration, Map.of("n", "0", "per", Integer.toString(lanes / clients),
                                "clients", Integer.toString(clients), "base", Long.toString(base))));
            }
        }
    }
}
