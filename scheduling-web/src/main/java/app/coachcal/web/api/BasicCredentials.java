package app.coachcal.web.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * The e-mail address and password of an HTTP Basic {@code Authorization} header, which only
 * {@code POST /api/v1/tokens} takes. Anything odd (too long, not base64, no colon, control characters) is
 * treated as no credential at all.
 */
record BasicCredentials(String email, String password) {

    private static final int MAX_HEADER = 1024;
    private static final String SCHEME = "Basic ";

    static boolean isBasic(String header) {
        return header != null && header.regionMatches(true, 0, SCHEME, 0, SCHEME.length());
    }

    static Optional<BasicCredentials> of(String header) {
        if (!isBasic(header) || header.length() > MAX_HEADER) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(SCHEME.length()).strip()),
                    StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon < 1 || colon == decoded.length() - 1 || decoded.chars().anyMatch(Character::isISOControl)) {
                return Optional.empty();
            }
            return Optional.of(new BasicCredentials(decoded.substring(0, colon).strip(), decoded.substring(colon + 1)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
