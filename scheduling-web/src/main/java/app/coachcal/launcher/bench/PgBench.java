package app.coachcal.launcher.bench;

import app.coachcal.launcher.DatabaseTarget;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.HdrHistogram.Histogram;

/**
 * The database's own limit, measured by PostgreSQL's pgbench (the system's, or {@code COACHCAL_PGBENCH}; any
 * version speaks to the server's protocol): a script run by {@code clients} connections for a fixed time, each
 * transaction's latency read back from pgbench's per-transaction log ({@code -l}).
 */
final class PgBench {

    private static final Pattern PROCESSED = Pattern.compile("number of transactions actually processed: (\\d+)");
    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");

    private final Path executable;
    private final DatabaseTarget database;
    private final Path workDirectory;

    private PgBench(Path executable, DatabaseTarget database, Path workDirectory) {
        this.executable = executable;
        this.database = database;
        this.workDirectory = workDirectory;
    }

    /** pgbench from {@code COACHCAL_PGBENCH} or the {@code PATH}; empty when there is none. */
    static Optional<PgBench> find(Map<String, String> env, DatabaseTarget database, Path workDirectory) {
        Stream<Path> candidates = env.containsKey("COACHCAL_PGBENCH") ? Stream.of(Path.of(env.get("COACHCAL_PGBENCH")))
                : Stream.of(env.getOrDefault("PATH", "").split(File.pathSeparator)).map(dir -> Path.of(dir, "pgbench"));
        return candidates.filter(Files::isExecutable).findFirst().map(found -> new PgBench(found, database, workDirectory));
    }

    /** Runs the script; {@code defines} become pgbench variables ({@code -D name=value}). */
    Measurement run(String scenario, String script, int clients, Duration duration, Map<String, String> defines)
            throws IOException, InterruptedException {
        String name = scenario.replaceAll("[^a-z]+", "-") + clients;
        Path file = Files.writeString(workDirectory.resolve(name + ".sql"), script);
        Path logs = Files.createDirectories(workDirectory.resolve(name + "-log"));
        URI server = URI.create(database.jdbcUrl().substring("jdbc:".length()));
        List<String> command = new ArrayList<>(List.of(executable.toString(), "-n", "-h", server.getHost(),
                "-p", Integer.toString(server.getPort() < 0 ? 5432 : server.getPort()), "-U", database.user(),
                "-c", Integer.toString(clients), "-j", Integer.toString(Math.min(clients, 2)),
                "-T", Long.toString(duration.toSeconds()), "-l", "--log-prefix=" + logs.resolve("tx")));
        defines.forEach((variable, value) -> command.addAll(List.of("-D", variable + "=" + value)));
        command.addAll(List.of("-f", file.toString(), server.getPath().substring(1)));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(workDirectory.resolve(name + ".out").toFile());
        builder.environment().put("PGPASSWORD", database.password());
        int exit = builder.start().waitFor();
        String output = Files.readString(workDirectory.resolve(name + ".out"));
        Histogram micros = latencies(logs);
        long processed = find(PROCESSED, output).map(Long::parseLong).orElse(0L);
        double tps = find(TPS, output).map(Double::parseDouble).orElse(0.0);
        List<String> problems = exit == 0 ? List.of()
                : List.of("pgbench ended with " + exit + ": " + output.lines().filter(line -> line.contains("ERROR")
                        || line.contains("abort")).findFirst().orElse("see " + workDirectory.resolve(name + ".out")));
        return new Measurement(scenario, clients, micros.getTotalCount(), processed, tps,
                micros.getValueAtPercentile(50) / 1000.0, micros.getValueAtPercentile(99) / 1000.0, problems);
    }

    /**
     * Third field of each line of pgbench's transaction logs: the transaction's latency in microseconds. The logs
     * (a line per transaction) are deleted once read.
     */
    private static Histogram latencies(Path logs) throws IOException {
        Histogram micros = new Histogram(3);
        try (Stream<Path> files = Files.list(logs)) {
            for (Path file : files.toList()) {
                try (Stream<String> lines = Files.lines(file)) {
                    lines.map(line -> line.split(" ")).filter(fields -> fields.length > 2 && fields[2].matches("\\d+"))
                            .forEach(fields -> micros.recordValue(Math.max(1, Long.parseLong(fields[2]))));
                }
                Files.delete(file);
            }
        }
        Files.delete(logs);
        return micros;
    }

    private static Optional<String> find(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }
}
