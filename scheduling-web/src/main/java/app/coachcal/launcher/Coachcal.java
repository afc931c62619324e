package app.coachcal.launcher;

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

    private Coachcal() {
    }

    public static void main(String[] args) {
        if (args.length > 0) {
            runOperation(args);
            return;
        }
        CoachcalInstance instance;
        try {
            instance = CoachcalInstance.start(LaunchSettings.from(System.getenv()), Artifacts.besideLauncher(), System.out);
        } catch (LaunchFailure failure) {
            System.err.println("coachcal: " + failure.getMessage());
            System.exit(BAD_CONFIGURATION);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(instance::close, "coachcal-stop"));
        System.out.println("coachcal: ready at " + instance.baseUri() + " (Ctrl-C stops it)");
        try {
            int exitCode = instance.waitForExit();
            // Payara stopped on its own (not through our hook): report how.
            System.exit(exitCode == 0 ? 0 : 1);
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
