package app.coachcal.web.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * A data directory as the launcher keeps it ({@code DATA_DIR/postgres}), opened by the test
 * itself with zonky: on this build's binaries, or on the PostgreSQL 14 binaries that earlier
 * Coachcal builds ran (copied by the build to {@code target/postgres-previous}), exactly as
 * those builds made their data directories.
 */
public final class EmbeddedDataDirectory {

    private EmbeddedDataDirectory() {
    }

    public static EmbeddedPostgres open(Path dataDirectory) {
        return start(EmbeddedPostgres.builder(), dataDirectory);
    }

    public static EmbeddedPostgres openWithPostgres14(Path dataDirectory) {
        return start(EmbeddedPostgres.builder().setPgBinaryResolver(previousBinaries("14")), dataDirectory);
    }

    private static EmbeddedPostgres start(EmbeddedPostgres.Builder builder, Path dataDirectory) {
        try {
            return builder.setDataDirectory(dataDirectory.resolve("postgres"))
                    .setCleanDataDirectory(false)
                    .setServerConfig("max_connections", "100")
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PgBinaryResolver previousBinaries(String major) {
        Path directory = Path.of(System.getProperty("coachcal.launcherDir", "target/launcher")).resolveSibling("postgres-previous");
        try (Stream<Path> jars = Files.list(directory)) {
            URL[] urls = jars.filter(jar -> jar.getFileName().toString().contains("-" + major + "."))
                    .map(EmbeddedDataDirectory::url).toArray(URL[]::new);
            ClassLoader loader = new URLClassLoader(urls, null);
            return (system, machine) -> {
                InputStream archive = loader.getResourceAsStream(
                        "postgres-" + system.toLowerCase() + "-" + ("amd64".equals(machine) ? "x86_64" : machine) + ".txz");
                if (archive == null) {
                    throw new IOException("no PostgreSQL " + major + " binaries for " + system + " " + machine + " in " + directory);
                }
                return archive;
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static URL url(Path jar) {
        try {
            return jar.toUri().toURL();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
