package app.coachcal.web.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The shared test server's log (see {@link CoachcalServer}), to check what a request wrote there.
 * <pre>{@code
 * long before = ServerLog.size();
 * RawHttp.send("GET /%zz HTTP/1.1", "Host: localhost");
 * assertThat(ServerLog.linesSince(before)).noneMatch(line -> line.contains("Exception"));
 * }</pre>
 */
public final class ServerLog {

    private static final Path FILE = Path.of("target", "payara-it.log");

    private ServerLog() {
    }

    public static long size() {
        try {
            CoachcalServer.shared();
            return Files.size(FILE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lines written since {@code offset}, once one more request has passed through (the log lags). */
    public static List<String> linesSince(long offset) {
        try {
            Http.get("/health");
            Thread.sleep(500);
            String log = Files.readString(FILE);
            return log.substring((int) Math.min(offset, log.length())).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
