package app.coachcal.launcher;

/**
 * Why Payara Micro ended when nobody asked it to stop (while starting or later), in words an operator can
 * act on.
 *
 * <pre>{@code
 * PayaraExit.describe(137, false)  // "killed (signal 9)"
 * }</pre>
 */
final class PayaraExit {

    /** What a JVM started with -XX:+ExitOnOutOfMemoryError exits with. */
    private static final int OUT_OF_MEMORY = 3;
    private static final int SIGNAL_BASE = 128;

    private PayaraExit() {
    }

    static String describe(int exitCode, boolean saidOutOfMemory) {
        if (saidOutOfMemory || exitCode == OUT_OF_MEMORY) {
            return "out of memory (exit code " + exitCode + "); give it more heap with COACHCAL_JAVA_OPTS,"
                    + " e.g. -Xmx1g";
        }
        if (exitCode > SIGNAL_BASE && exitCode < SIGNAL_BASE + 65) {
            int signal = exitCode - SIGNAL_BASE;
            return (signal == 9 ? "killed" : "ended by a signal") + " (signal " + signal + ")";
        }
        return "exit code " + exitCode;
    }
}
