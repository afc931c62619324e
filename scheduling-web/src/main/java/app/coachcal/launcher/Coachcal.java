package app.coachcal.launcher;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@code java -jar coachcal-launcher.jar}: starts Coachcal with the settings in
 * the environment and keeps it running until Ctrl-C or SIGTERM, which stop
 * Payara Micro and then the embedded PostgreSQL cleanly.
 *
 * <p>A bad setting ends the start with one line on standard error and exit
 * code 2; never a stack trace.
 */
public final class Coachcal {

    static final int BAD_CONFIGURATION = 2;
    static final int PAYARA_ENDED = 1;

    private Coachcal() {
    }

    public static void main(String[] args) {
        if (args.length > 0) {
            runOperation(args);
            return;
        }
        CoachcalInstance instance;
        try {
            LaunchSettings settings = LaunchSettings.from(System.getenv());
            instance = CoachcalInstance.start(settings, ServerOptions.from(System.getenv(), settings),
                    Artifacts.besideLauncher(), System.out);
        } catch (LaunchFailure failure) {
            System.err.println("coachcal: " + failure.getMessage());
            System.exit(BAD_CONFIGURATION);
            return;
        }
        AtomicBoolean stopping = new AtomicBoolean();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stopping.set(true);
            instance.close();
        }, "coachcal-stop"));
        System.out.println("coachcal: ready at " + instance.baseUri() + " (Ctrl-C stops it)");
        try {
            String end = instance.waitForUnexpectedEnd();
            if (stopping.get()) {
                return; // Ctrl-C or SIGTERM: the shutdown hook stops everything.
            }
            // Payara ended by itself (killed, out of memory): say so, stop the database, fail.
            System.err.println("coachcal: " + end + "; stopping");
            instance.close();
            System.exit(PAYARA_ENDED);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** {@code backup FILE}, {@code restore [--force] FILE}, {@code upgrade-database}: see {@link Operations}. */
    private static void runOperation(String[] args) {
        try {
            Operations.run(java.util.List.of(args), LaunchSettings.from(System.getenv()), System.out);
            System.exit(0);
        } catch (LaunchFailure failure) {
            System.err.println("coachcal: " + failure.getMessage());
            System.exit(BAD_CONFIGURATION);
        }
    }
}
