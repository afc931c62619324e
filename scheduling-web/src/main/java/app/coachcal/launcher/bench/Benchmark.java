package app.coachcal.launcher.bench;

import app.coachcal.launcher.Artifacts;
import app.coachcal.launcher.CoachcalInstance;
import app.coachcal.launcher.DatabaseTarget;
import app.coachcal.launcher.LaunchFailure;
import app.coachcal.launcher.LaunchSettings;
import app.coachcal.launcher.ServerOptions;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.function.Consumer;

/**
 * {@code ./coachcal bench [--quick] ...}: starts Coachcal on a fresh database, seeds it, measures bookings and the
 * week view over HTTP and the same rows written by pgbench, prints one table, and fails (non-zero exit) when any
 * request got another answer than expected (a booking anything but 201). A benchmark, not a test: it judges no speed.
 */
public final class Benchmark {

    static final String PROBE = "probe";
    static final String DEMO_PASSWORD = "coachcal-demo";
    private static final List<Integer> CONCURRENCIES = List.of(1, 4, 16);
    private static final int PGBENCH_COACHES = 20;

    private Benchmark() {
    }

    public static void run(List<String> arguments, LaunchSettings given, ServerOptions options, Artifacts artifacts,
                           Map<String, String> env, PrintStream out) throws LaunchFailure {
        BenchArguments args = BenchArguments.parse(arguments);
        LaunchSettings withPort = env.containsKey("PORT") ? given : new LaunchSettings(freePort(), given.databaseUrl(),
                given.databaseUser(), given.databasePassword(), given.databaseOwner(), given.databaseOwnerPassword(),
                given.dataDirectory(), given.demo());
        List<Measurement> all = new ArrayList<>();
        try (FreshDatabase fresh = FreshDatabase.create(withPort)) {
            Path work = FreshDatabase.workDirectory();
            out.println("bench: " + fresh.describe() + "; Payara's log and pgbench's files kept in " + work);
            out.printf("bench: %d s warm-up and %d s measured per scenario%s; %d processors%n", args.warmUp().toSeconds(),
                    args.duration().toSeconds(), args.quick() ? " (--quick: proves it works, measures nothing)" : "",
                    Runtime.getRuntime().availableProcessors());
            try (PrintStream payaraLog = new PrintStream(work.resolve("payara.log").toFile(), "UTF-8");
                 CoachcalInstance coachcal = CoachcalInstance.start(fresh.settings(), options, artifacts, payaraLog);
                 Connection connection = connect(seeding(coachcal.database(), fresh.settings()))) {
                // Ctrl-C: stop Payara and the database, and drop or delete the fresh one, as a normal end does.
                Thread stop = new Thread(() -> {
                    coachcal.close();
                    fresh.closeQuietly();
                }, "coachcal-bench-stop");
                Runtime.getRuntime().addShutdownHook(stop);
                all.addAll(measure(args, coachcal, seeding(coachcal.database(), fresh.settings()), connection, work,
                        env, out));
                Runtime.getRuntime().removeShutdownHook(stop);
            }
        } catch (IOException | SQLException e) {
            throw new LaunchFailure("the benchmark stopped: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LaunchFailure("the benchmark was interrupted");
        }
        long failed = all.stream().filter(Measurement::failed).count();
        if (failed > 0) {
            throw new LaunchFailure("the benchmark saw unexpected answers in " + failed
                    + " scenario(s) (marked ! above); its figures do not count");
        }
    }

    private static List<Measurement> measure(BenchArguments args, CoachcalInstance coachcal, DatabaseTarget seeding,
                                             Connection connection,
                                             Path work, Map<String, String> env, PrintStream out)
            throws IOException, SQLException, InterruptedException {
        BenchSeed seed = new BenchSeed(connection);
        seed.prepare();
        seed.pool("api", args.coaches());
        int pgbenchCoaches = Math.max(args.coaches(), PGBENCH_COACHES);
        seed.pool(DatabaseLimit.POOL, pgbenchCoaches);
        seed.pool(PROBE, 1);
        out.printf("bench: seeded %d coaches with %d clients for the API, %d coaches with %d clients for pgbench,"
                + " 1 coach with 24 clients for the slot probe%n", args.coaches(), args.coaches() * BenchSeed.HOURS,
                pgbenchCoaches, pgbenchCoaches * BenchSeed.HOURS);
        out.println("bench: rules " + BenchSeed.RULES);
        Report report = new Report(out);
        HttpScenarios http = new HttpScenarios(coachcal.baseUri(), DEMO_PASSWORD, args.warmUp(), args.duration());
        Lanes lanes = Lanes.of(connection, "api", seed.firstFreeDay("appointment", "api"));
        String probe = Lanes.of(connection, PROBE, 0).emails().get(0);
        out.println("bench: authentication " + http.authenticate(lanes, List.of(probe)));
        report.header();
        List<Measurement> all = new ArrayList<>();
        Consumer<Measurement> measured = measurement -> {
            report.row(measurement);
            all.add(measurement);
        };
        new DatabaseLimit(PgBench.find(env, seeding, work), seed, pgbenchCoaches * BenchSeed.HOURS)
                .run(CONCURRENCIES, args.duration(), measured);
        http.bookings(lanes, CONCURRENCIES, measured);
        http.weekView(lanes.emails(), measured);
        report.memory("Payara Micro (RSS, pid " + coachcal.payaraPid() + ")", ProcessMemory.rss(coachcal.payaraPid()));
        report.memory("launcher and load generator (RSS)", ProcessMemory.rss(ProcessHandle.current().pid()));
        report.memory("PostgreSQL, postmaster and backends (Pss summed)",
                ProcessMemory.parent(Path.of("/proc", Long.toString(backendPid(connection))))
                        .flatMap(ProcessMemory::pssWithChildren));
        http.slotComputation(seed, probe, args.pastCalls(), measured);
        report.ratios(all, HttpScenarios.BOOKING, CONCURRENCIES);
        return all;
    }

    /**
     * The fresh database as the user who made it (the embedded cluster's superuser, or the given user of
     * {@code COACHCAL_DB_URL}), not as Coachcal's own least-privilege login: seeding past calls switches
     * triggers off, and pgbench's bare table is created beside the schema.
     */
    private static DatabaseTarget seeding(DatabaseTarget application, LaunchSettings settings) {
        return new DatabaseTarget(application.jdbcUrl(), settings.databaseUser(), settings.databasePassword(),
                Optional.empty(), "");
    }

    private static Connection connect(DatabaseTarget database) throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
    }

    private static long backendPid(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT pg_backend_pid()")) {
            row.next();
            return row.getLong(1);
        }
    }

    private static int freePort() throws LaunchFailure {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new LaunchFailure("no free port for the benchmark: " + e.getMessage());
        }
    }
}
