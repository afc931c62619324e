package app.coachcal.launcher;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Map;

/**
 * {@code COACHCAL_PUBLIC_URL}: the address people reach Coachcal at, such as {@code https://coachcal.example}
 * behind a proxy; by default {@code http://localhost:PORT}. Every absolute URL Coachcal sends (redirects,
 * {@code Location}) is built from it, never from the request's {@code Host} header, and an https address makes
 * the session cookie {@code Secure}. Only a scheme, a host and an optional port: no path, query or user.
 *
 * <pre>{@code
 * String origin = PublicUrl.from(System.getenv(), 8080);   // "http://localhost:8080"
 * }</pre>
 */
public final class PublicUrl {

    static final String VARIABLE = "COACHCAL_PUBLIC_URL";

    private PublicUrl() {
    }

    public static String from(Map<String, String> env, int port) throws LaunchFailure {
        String text = env.getOrDefault(VARIABLE, "").strip();
        if (text.isEmpty()) {
            return "http://localhost:" + port;
        }
        try {
            URI uri = new URI(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean originOnly = uri.getHost() != null && uri.getRawUserInfo() == null
                    && (uri.getRawPath() == null || uri.getRawPath().isEmpty())
                    && uri.getRawQuery() == null && uri.getRawFragment() == null;
            if ((scheme.equals("http") || scheme.equals("https")) && originOnly) {
                return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT)
                        + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
            }
        } catch (URISyntaxException e) {
            // Refused below, in the same words.
        }
        String shown = text.length() > 40 ? text.substring(0, 40) + "…" : text;
        throw new LaunchFailure(VARIABLE + " must be like https://coachcal.example or http://host:8080"
                + " (scheme, host, optional port), not \"" + shown.replaceAll("\\p{Cntrl}", "?") + "\"");
    }
}
