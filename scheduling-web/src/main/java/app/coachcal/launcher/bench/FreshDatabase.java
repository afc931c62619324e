package app.coachcal.launcher.bench;

import app.coachcal.launcher.LaunchFailure;
import app.coachcal.launcher.LaunchSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The database a benchmark runs on, new for the run and gone after it: an embedded PostgreSQL in a temporary
 * data directory by default, or a database created for the run on {@code COACHCAL_DB_URL}'s server (and
 * dropped afterwards). Either way with the demo data, whose password hash the seeded people borrow.
 */
final class FreshDatabase implements AutoCloseable {

    private static final Pattern URL = Pattern.compile("^(jdbc:postgresql://[^/?]*/)([^?]*)(.*)$");

    private final LaunchSettings settings;
    private final Optional<Path> temporaryDirectory;
    private final Optional<String> createdDatabase;
    private boolean closed;

    private FreshDatabase(LaunchSettings settings, Optional<Path> temporaryDirectory, Optional<String> createdDatabase) {
        this.settings = settings;
        this.temporaryDirectory = temporaryDirectory;
        this.createdDatabase = createdDatabase;
    }

    static FreshDatabase create(LaunchSettings given) throws LaunchFailure {
        if (given.databaseUrl().isEmpty()) {
            try {
                Path directory = Files.createTempDirectory("coachcal-bench-");
                return new FreshDatabase(new LaunchSettings(given.port(), Optional.empty(), "postgres", "",
                        Optional.empty(), "", directory, Optional.of(true)), Optional.of(directory), Optional.empty());
            } catch (IOException e) {
                throw new LaunchFailure("cannot make a temporary data directory: " + e.getMessage());
            }
        }
        Matcher url = URL.matcher(given.databaseUrl().get());
        if (!url.matches()) {
            throw new LaunchFailure("COACHCAL_DB_URL must look like jdbc:postgresql://HOST:PORT/DATABASE");
        }
        String name = "coachcal_bench_" + UUID.randomUUID().toString().substring(0, 8);
        execute(given, given.databaseUrl().get(), "CREATE DATABASE " + name);
        String fresh = url.group(1) + name + url.group(3);
        return new FreshDatabase(new LaunchSettings(given.port(), Optional.of(fresh), given.databaseUser(),
                given.databasePassword(), given.databaseOwner(), given.databaseOwnerPassword(), given.dataDirectory(),
                Optional.of(true)), Optional.empty(), Optional.of(name));
    }

    /** The settings to start Coachcal with: the fresh database, demo data on. */
    LaunchSettings settings() {
        return settings;
    }

    /** Where the run's own files (Payara's log, pgbench's scripts and output) go; kept after the run. */
    static Path workDirectory() throws IOException {
        return Files.createTempDirectory("coachcal-bench-files-");
    }

    String describe() {
        return createdDatabase.map(name -> "database " + name + " created on COACHCAL_DB_URL's server, dropped after")
                .orElseGet(() -> "embedded PostgreSQL in " + temporaryDirectory.get() + ", deleted after");
    }

    /** Once, whoever comes first; synchronized so that a Ctrl-C's shutdown hook waits for a close under way. */
    @Override
    public synchronized void close() throws LaunchFailure {
        if (closed) {
            return;
        }
        closed = true;
        if (createdDatabase.isPresent()) {
            execute(settings, settings.databaseUrl().get().replace(createdDatabase.get(), "postgres"),
                    "DROP DATABASE IF EXISTS " + createdDatabase.get() + " WITH (FORCE)");
        }
        temporaryDirectory.ifPresent(FreshDatabase::delete);
    }

    /** The same, from a shutdown hook: a failure is printed, not thrown. */
    void closeQuietly() {
        try {
            close();
        } catch (LaunchFailure | RuntimeException e) {
            System.err.println("coachcal: " + e.getMessage());
        }
    }

    private static void execute(LaunchSettings settings, String url, String sql) throws LaunchFailure {
        try (Connection connection = DriverManager.getConnection(url, settings.databaseUser(), settings.databasePassword());
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new LaunchFailure("the benchmark cannot run \"" + sql + "\": " + e.getMessage());
        }
    }

    private static void delete(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
