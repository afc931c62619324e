package app.coachcal.web.testsupport;

import app.coachcal.launcher.Artifacts;
import app.coachcal.launcher.CoachcalInstance;
import app.coachcal.launcher.LaunchFailure;
import app.coachcal.launcher.LaunchSettings;
import app.coachcal.persistence.testsupport.FreshDatabase;
import java.io.FileNotFoundException;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The one Coachcal that the integration tests of a run talk to: the real WAR on
 * a real Payara Micro, started through the launcher, on a fresh database that
 * is dropped when the run ends. Started once, on first use, because a boot
 * costs ten seconds or more.
 *
 * <pre>{@code
 * URI home = CoachcalServer.shared().baseUri();
 * }</pre>
 */
public final class CoachcalServer {

    private static CoachcalServer shared;

    private final FreshDatabase database;
    private final CoachcalInstance instance;

    private CoachcalServer(FreshDatabase database, CoachcalInstance instance) {
        this.database = database;
        this.instance = instance;
    }

    public static synchronized CoachcalServer shared() {
        if (shared == null) {
            shared = start();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::stop, "coachcal-it-stop"));
        }
        return shared;
    }

    private static CoachcalServer start() {
        FreshDatabase database = FreshDatabase.createEmpty();
        try {
            LaunchSettings settings = settingsFor(database, freePort(), Optional.of(true));
            CoachcalInstance instance = CoachcalInstance.start(settings, artifacts(), log("payara-it.log"));
            return new CoachcalServer(database, instance);
        } catch (LaunchFailure e) {
            database.close();
            throw new IllegalStateException("Coachcal did not start for the tests: " + e.getMessage(), e);
        }
    }

    /**
     * Coachcal on the test database as the README runs it on one's own PostgreSQL: the test server's user owns the
     * schema and migrates, the application connects as a least-privilege member of {@code coachcal_app}.
     */
    public static LaunchSettings settingsFor(FreshDatabase database, int port, Optional<Boolean> demo) {
        return new LaunchSettings(port, Optional.of(database.jdbcUrl()), database.applicationLogin(),
                database.applicationPassword(), Optional.of(database.user()), database.password(),
                Path.of("target", "unused-data-dir"), demo);
    }

    /** The Payara Micro jar and the WAR that the build just made (paths from failsafe). */
    public static Artifacts artifacts() {
        return new Artifacts(Path.of(System.getProperty("coachcal.payaraMicro", "target/payara-micro.jar")),
                Path.of(System.getProperty("coachcal.war", "target/coachcal.war")));
    }

    public static PrintStream log(String fileName) {
        try {
            return new PrintStream(new FileOutputStream(Path.of("target", fileName).toFile(), true), true,
                    StandardCharsets.UTF_8);
        } catch (FileNotFoundException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public URI baseUri() {
        return instance.baseUri();
    }

    public FreshDatabase database() {
        return database;
    }

    private void stop() {
        instance.close();
        database.close();
    }
}
