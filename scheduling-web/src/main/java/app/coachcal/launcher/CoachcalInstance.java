package app.coachcal.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One running Coachcal: its database (configured or embedded) and Payara Micro
 * with the WAR. The README's run command and the integration tests both start
 * Coachcal through this class, so the tests exercise the real start-up path.
 *
 * <pre>{@code
 * try (CoachcalInstance coachcal = CoachcalInstance.start(settings, artifacts, System.out)) {
 *     URI home = coachcal.baseUri();
 * }
 * }</pre>
 */
public final class CoachcalInstance implements AutoCloseable {

    private static final long BOOT_SECONDS = 240;

    private final Optional<EmbeddedDatabase> embedded;
    private final DatabaseTarget database;
    private final PayaraMicro payara;
    private final URI baseUri;
    private final AtomicBoolean closed = new AtomicBoolean();

    private CoachcalInstance(Optional<EmbeddedDatabase> embedded, DatabaseTarget database, PayaraMicro payara,
                             URI baseUri) {
        this.embedded = embedded;
        this.database = database;
        this.payara = payara;
        this.baseUri = baseUri;
    }

    /** Checks the settings, starts everything and returns once Coachcal answers; cleans up on failure. */
    public static CoachcalInstance start(LaunchSettings settings, Artifacts artifacts, PrintStream log)
            throws LaunchFailure {
        return start(settings, ServerOptions.defaults(), artifacts, log);
    }

    /** The same, with Payara's JVM options and (demos and tests) a fixed clock. */
    public static CoachcalInstance start(LaunchSettings settings, ServerOptions options, Artifacts artifacts,
                                         PrintStream log) throws LaunchFailure {
        ensurePortIsFree(settings.port());
        String publicUrl = PublicUrl.from(System.getenv(), settings.port());
        Optional<EmbeddedDatabase> embedded = Optional.empty();
        DatabaseTarget target;
        if (settings.databaseUrl().isPresent()) {
            target = ExternalDatabase.check(new DatabaseTarget(
                    settings.databaseUrl().get(), settings.databaseUser(), settings.databasePassword(),
                    settings.databaseOwner(), settings.databaseOwnerPassword()));
        } else {
            embedded = Optional.of(EmbeddedDatabase.start(settings.dataDirectory()));
            target = embedded.get().target();
            log.println("coachcal: embedded " + embedded.get().describe());
        }
        PayaraMicro payara = null;
        try {
            Map<String, String> env = environment(settings, options, target, embedded);
            env.put(PublicUrl.VARIABLE, publicUrl);
            payara = PayaraMicro.start(artifacts, settings.port(), options.javaOptions(), env, log);
            CoachcalInstance instance = new CoachcalInstance(embedded, target, payara, URI.create("http://localhost:" + settings.port() + "/"));
            instance.awaitReady();
            return instance;
        } catch (LaunchFailure | RuntimeException e) {
            if (payara != null) {
                payara.close();
            }
            embedded.ifPresent(EmbeddedDatabase::close);
            throw e;
        }
    }

    private static Map<String, String> environment(LaunchSettings settings, ServerOptions options,
                                                   DatabaseTarget target, Optional<EmbeddedDatabase> embedded) {
        Map<String, String> env = new HashMap<>();
        env.put("COACHCAL_DB_URL", target.jdbcUrl());
        env.put("COACHCAL_DB_USER", target.user());
        env.put("COACHCAL_DB_PASSWORD", target.password());
        // Empty is no owner: MicroProfile Config reads an empty value as unset, and the user migrates.
        env.put("COACHCAL_DB_OWNER", target.owner().orElse(""));
        env.put("COACHCAL_DB_OWNER_PASSWORD", target.ownerPassword());
        // Demo data: as asked, or by default into an embedded database that is still empty.
        env.put("COACHCAL_DEMO", settings.demo().map(String::valueOf)
                .orElse(embedded.isPresent() ? "if-empty" : "false"));
        env.put("COACHCAL_FIXED_NOW", options.fixedNow().orElse(""));
        return env;
    }

    private static void ensurePortIsFree(int port) throws LaunchFailure {
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(port));
        } catch (IOException e) {
            throw new LaunchFailure("port " + port + " is already taken; stop what uses it or set PORT to a free port");
        }
    }

    private void awaitReady() throws LaunchFailure {
        payara.awaitBoot(BOOT_SECONDS);
        String health = fetch(baseUri.resolve("health"));
        if (!health.contains("\"database\"")) {
            String reason = payara.failure();
            throw new LaunchFailure("Coachcal did not start: "
                    + (reason != null ? reason : "the application failed to deploy (see the log above)"));
        }
    }

    private static String fetch(URI uri) throws LaunchFailure {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        try {
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build();
            return client.send(request, HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new LaunchFailure("Payara Micro does not answer at " + uri + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LaunchFailure("interrupted while waiting for Coachcal to start");
        }
    }

    public URI baseUri() {
        return baseUri;
    }

    /** The database Coachcal runs on, as the launcher connects to it (the benchmark seeds it this way). */
    public DatabaseTarget database() {
        return database;
    }

    /** The process id of Payara Micro's JVM (the benchmark reads its memory). */
    public long payaraPid() {
        return payara.pid();
    }

    /** Blocks until Payara Micro ends by itself; returns how, in one line. */
    String waitForUnexpectedEnd() throws InterruptedException {
        return payara.waitForUnexpectedEnd();
    }

    /** Stops Payara first (it finishes its requests), then the embedded database; once, whoever asks first. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        payara.close();
        embedded.ifPresent(EmbeddedDatabase::close);
    }
}
