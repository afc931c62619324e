package app.coachcal.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The PostgreSQL major version of a data directory ({@code PG_VERSION}, written by initdb) and
 * of a set of binaries ({@code postgres --version}). A server only opens data of its own major.
 */
final class PostgresMajor {

    private static final Pattern VERSION = Pattern.compile("\\(PostgreSQL\\) (\\d+)\\.(\\d+)");

    private PostgresMajor() {
    }

    /** Stops a start on data that this major cannot open: older data needs the upgrade command. */
    static void refuseOtherThan(int major, Path pgData) throws LaunchFailure {
        int found = ofDataDirectory(pgData).orElse(major);
        if (found < major) {
            throw new LaunchFailure("the embedded database in " + pgData + " was made by PostgreSQL " + found
                    + " and this Coachcal runs PostgreSQL " + major
                    + ": run ./coachcal upgrade-database to move it over (the old data is kept as a backup)");
        }
        if (found > major) {
            throw new LaunchFailure("the embedded database in " + pgData + " was made by PostgreSQL " + found
                    + ", newer than this Coachcal's PostgreSQL " + major + ": run the newer Coachcal");
        }
    }

    /** The major that made this data directory, or empty when there is no cluster there yet. */
    static Optional<Integer> ofDataDirectory(Path pgData) throws LaunchFailure {
        try {
            String text = Files.readString(pgData.resolve("PG_VERSION"), StandardCharsets.US_ASCII).strip();
            if (!text.matches("\\d{1,3}")) {
                throw new LaunchFailure(pgData.resolve("PG_VERSION") + " does not hold a PostgreSQL version: \""
                        + text.replaceAll("\\P{Print}", "?") + "\"");
            }
            return Optional.of(Integer.parseInt(text));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new LaunchFailure("cannot read " + pgData.resolve("PG_VERSION") + ": " + e.getMessage());
        }
    }

    /** "18.6" for the binaries in {@code directory}, asked of the server program itself. */
    static String ofBinaries(Path directory) throws LaunchFailure {
        Path postgres = directory.resolve("bin").resolve(isWindows() ? "postgres.exe" : "postgres");
        try {
            Process process = new ProcessBuilder(postgres.toString(), "--version").redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor(30, TimeUnit.SECONDS);
            Matcher version = VERSION.matcher(output);
            if (!version.find()) {
                throw new LaunchFailure(postgres + " does not say its version: " + output.strip());
            }
            return version.group(1) + "." + version.group(2);
        } catch (IOException e) {
            throw new LaunchFailure("cannot run the embedded PostgreSQL " + postgres + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LaunchFailure("interrupted while asking " + postgres + " for its version");
        }
    }

    static int major(String version) {
        return Integer.parseInt(version.substring(0, version.indexOf('.')));
    }

    private static boolean isWindows() {
        return System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("windows");
    }
}
