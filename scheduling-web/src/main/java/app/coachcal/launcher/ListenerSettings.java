package app.coachcal.launcher;

import java.net.URI;

/**
 * How Payara's HTTP listener is set before boot: answers do not name the server software
 * ({@code server-header}); the URLs the server itself builds (the sign-in redirect, a directory's missing slash)
 * take the public host and port, never the request's Host header ({@code server-name}), and the public scheme:
 * behind a proxy that ends TLS the listener speaks http but every request came in by https ({@code scheme},
 * never read from a header anyone can send); TRACE reaches the application, which refuses it with its own page
 * and headers (see KnownMethods) instead of the listener's bare answer.
 * <pre>{@code
 * ListenerSettings.commands(URI.create("https://coachcal.example"))  // "set ...http.scheme=https" among others
 * }</pre>
 */
final class ListenerSettings {

    private static final String HTTP = "set configs.config.server-config.network-config.protocols.protocol"
            + ".http-listener.http.";

    private ListenerSettings() {
    }

    /** The asadmin commands, one a line. */
    static String commands(URI publicUrl) {
        return HTTP + "server-header=false\n"
                + HTTP + "server-name=" + serverName(publicUrl) + "\n"
                + HTTP + "scheme=" + publicUrl.getScheme() + "\n"
                + HTTP + "trace-enabled=true\n";
    }

    /** {@code host:port} of the public URL, the port always written out (80 or 443 when the URL has none). */
    static String serverName(URI publicUrl) {
        int port = publicUrl.getPort() != -1 ? publicUrl.getPort() : "https".equals(publicUrl.getScheme()) ? 443 : 80;
        return publicUrl.getHost() + ":" + port;
    }
}
