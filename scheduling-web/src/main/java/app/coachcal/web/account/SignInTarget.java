package app.coachcal.web.account;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Where to go after signing in: the page that asked for it, carried as {@code /login?next=/book/}.
 * Only an address of this site is followed (a path starting with one slash, no scheme, no host, no
 * backslash or control character), so a link such as {@code /login?next=https://evil.example/} cannot
 * send a person elsewhere after they signed in.
 *
 * <pre>{@code
 * Optional<String> next = SignInTarget.safe(request.getParameter("next")); // "/book/?from=2026-12-07"
 * }</pre>
 */
public final class SignInTarget {

    static final int MAX_LENGTH = 2000;

    private SignInTarget() {
    }

    /**
     * The sign-in page (without the context path), with the page asked for (GET only) as {@code next};
     * the page sign-in mechanism redirects there.
     */
    public static String loginPageFor(HttpServletRequest request) {
        String asked = request.getRequestURI().substring(request.getContextPath().length())
                + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        return "GET".equals(request.getMethod()) && safe(asked).isPresent()
                ? "/login?next=" + URLEncoder.encode(asked, StandardCharsets.UTF_8)
                : "/login";
    }

    /** {@code next} when it is a path on this site worth returning to, else empty. */
    public static Optional<String> safe(String next) {
        if (next == null || next.isEmpty() || next.length() > MAX_LENGTH || !next.startsWith("/")
                || next.startsWith("//") || next.chars().anyMatch(c -> c <= ' ' || c >= 0x7f || c == '\\')) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(next);
            if (uri.getScheme() != null || uri.getRawAuthority() != null || uri.getRawFragment() != null) {
                return Optional.empty();
            }
            String path = uri.getPath();
            return path.equals("/login") || path.startsWith("/login.") || path.equals("/signout")
                    || path.startsWith("/api/") ? Optional.empty() : Optional.of(next);
        } catch (URISyntaxException notAnAddress) {
            return Optional.empty();
        }
    }
}
