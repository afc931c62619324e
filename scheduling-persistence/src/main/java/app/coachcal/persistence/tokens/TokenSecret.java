package app.coachcal.persistence.tokens;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * The secret of a personal API token: {@value #PREFIX} and 32 random bytes in unpadded base64url (46
 * characters), so that a leaked one is recognisable (secret scanners, logs). Only its SHA-256 is stored; a
 * 256-bit random value needs no salt or slow hash, as nobody can guess it.
 *
 * <pre>{@code
 * String secret = TokenSecret.newSecret();       // "cc_q3...": shown to the person once
 * byte[] stored = TokenSecret.digest(secret);    // what the database keeps and looks up
 * }</pre>
 */
public final class TokenSecret {

    public static final String PREFIX = "cc_";
    private static final int RANDOM_BYTES = 32;
    private static final Pattern SHAPE = Pattern.compile("cc_[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private TokenSecret() {
    }

    public static String newSecret() {
        byte[] bytes = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether {@code text} has the shape of a secret; anything else is not looked up at all. */
    public static boolean wellFormed(String text) {
        return text != null && SHAPE.matcher(text).matches();
    }

    static byte[] digest(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
