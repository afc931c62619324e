package app.coachcal.web.edge;

import java.net.URI;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The public address of Coachcal ({@code COACHCAL_PUBLIC_URL}, read through MicroProfile Config as
 * {@code coachcal.public.url}; the launcher always sets it, checked): the one origin absolute URLs are built on.
 *
 * <pre>{@code
 * PublicOrigin.get().absolute("/login")   // "https://coachcal.example/login"
 * }</pre>
 */
public final class PublicOrigin {

    private static volatile PublicOrigin current;

    private final String origin;

    PublicOrigin(String origin) {
        this.origin = origin.endsWith("/") ? origin.substring(0, origin.length() - 1) : origin;
    }

    public static PublicOrigin get() {
        PublicOrigin known = current;
        if (known == null) {
            known = new PublicOrigin(ConfigProvider.getConfig().getValue("coachcal.public.url", String.class));
            current = known;
        }
        return known;
    }

    public boolean isHttps() {
        return origin.startsWith("https:");
    }

    /**
     * The URL on the public origin for a redirect target: an absolute URL keeps only its path, query and
     * fragment (Coachcal never sends anyone to another site), a path is put on the origin, and a relative
     * reference is resolved against {@code requestUri} first.
     */
    public String absolute(String location, String requestUri) {
        URI target = URI.create(requestUri).resolve(URI.create(location.replace(" ", "%20")));
        StringBuilder url = new StringBuilder(origin);
        url.append(target.getRawPath() == null || target.getRawPath().isEmpty() ? "/" : target.getRawPath());
        if (target.getRawQuery() != null) {
            url.append('?').append(target.getRawQuery());
        }
        if (target.getRawFragment() != null) {
            url.append('#').append(target.getRawFragment());
        }
        return url.toString();
    }
}
