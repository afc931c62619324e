package app.coachcal.launcher;

import io.zonky.test.db.postgres.util.ArchUtils;
import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The PostgreSQL binaries for this machine as an archive ({@code postgres-linux-x86_64.txz})
 * inside a jar of {@code io.zonky.test.postgres}, found by the same names the zonky library uses.
 *
 * <pre>{@code
 * BinaryArchive archive = BinaryArchive.forThisMachine(BinaryArchive.class.getClassLoader());
 * try (InputStream txz = archive.open()) { ... }
 * }</pre>
 */
record BinaryArchive(URL url, long length) {

    static BinaryArchive forThisMachine(ClassLoader jars) throws LaunchFailure {
        List<String> names = candidateNames();
        for (String name : names) {
            URL url = jars.getResource(name);
            if (url != null) {
                return new BinaryArchive(url, lengthOf(url));
            }
        }
        throw new LaunchFailure("no embedded PostgreSQL binaries for this machine (looked for " + String.join(", ", names)
                + "); set COACHCAL_DB_URL to use a PostgreSQL of your own");
    }

    /** Distribution-specific binaries first (Alpine's musl), then the general ones; as zonky orders them. */
    private static List<String> candidateNames() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String system = os.startsWith("windows") ? "windows" : os.startsWith("mac") ? "darwin" : "linux";
        String machine = System.getProperty("os.arch", "");
        String architecture = ArchUtils.normalize("amd64".equals(machine) ? "x86_64" : machine);
        List<String> names = new ArrayList<>();
        if (system.equals("linux")) {
            String distribution = LinuxUtils.getDistributionName();
            if (distribution != null) {
                names.add(("postgres-linux-" + architecture + "-" + distribution + ".txz")
                        .replace(' ', '_').toLowerCase(Locale.ROOT));
            }
        }
        names.add("postgres-" + system + "-" + architecture + ".txz");
        return names;
    }

    private static long lengthOf(URL url) throws LaunchFailure {
        try {
            URLConnection connection = url.openConnection();
            connection.setUseCaches(false);
            return connection.getContentLengthLong();
        } catch (IOException e) {
            throw new LaunchFailure("cannot read the embedded PostgreSQL binaries in " + url + ": " + e.getMessage());
        }
    }

    InputStream open() throws IOException {
        URLConnection connection = url.openConnection();
        // A cached jar stays open (and locked on Windows) after we are done with it.
        connection.setUseCaches(false);
        return connection.getInputStream();
    }

    /** Names these exact binaries: the jar (whose file name carries the version) and the archive's size. */
    byte[] identity() {
        return (url + "#" + length).getBytes(StandardCharsets.UTF_8);
    }
}
