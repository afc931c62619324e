package app.coachcal.launcher;

import app.coachcal.launcher.bench.Benchmark;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * The launcher's subcommands, for an operator of the embedded database (Coachcal stopped):
 * {@code backup FILE}, {@code restore [--force] FILE} and {@code upgrade-database}; and {@code bench}, which
 * starts its own Coachcal on a fresh database (see {@link Benchmark}).
 */
final class Operations {

    private static final String USAGE = "use ./coachcal, ./coachcal backup FILE, ./coachcal restore [--force] FILE"
            + ", ./coachcal upgrade-database or ./coachcal bench [--quick] [options]";

    private Operations() {
    }

    static void run(List<String> arguments, LaunchSettings settings, PrintStream out) throws LaunchFailure {
        String command = arguments.get(0);
        List<String> rest = arguments.subList(1, arguments.size());
        switch (command) {
            case "backup" -> DatabaseBackup.backup(settings, file(rest, 1), out);
            case "restore" -> {
                boolean force = rest.size() == 2 && rest.get(0).equals("--force");
                DatabaseBackup.restore(settings, file(rest, force ? 2 : 1), force, out);
            }
            case "bench" -> Benchmark.run(rest, settings, ServerOptions.from(System.getenv(), settings),
                    Artifacts.besideLauncher(), System.getenv(), out);
            case "upgrade-database" -> {
                file(rest, 0);
                DataDirectoryUpgrade.run(settings, out);
            }
            default -> throw new LaunchFailure("unknown command \"" + printable(command) + "\"; " + USAGE);
        }
    }

    /** The FILE argument, last of exactly {@code count} arguments. */
    private static Path file(List<String> arguments, int count) throws LaunchFailure {
        if (arguments.size() != count || (count > 0 && arguments.get(count - 1).startsWith("-"))) {
            throw new LaunchFailure("wrong arguments; " + USAGE);
        }
        return count == 0 ? null : Path.of(arguments.get(count - 1)).toAbsolutePath();
    }

    private static String printable(String text) {
        String cut = text.length() > 30 ? text.substring(0, 30) + "…" : text;
        return cut.replaceAll("\\p{Cntrl}", "?");
    }
}
