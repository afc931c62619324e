package app.coachcal.persistence.signin;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import java.util.UUID;

/**
 * Password hashes: PBKDF2-HMAC-SHA256 with {@value #ITERATIONS} iterations (OWASP's figure for 2023 on),
 * a 32-byte random salt and a 32-byte key. Each stored hash names its own parameters
 * ({@code PBKDF2WithHmacSHA256:600000:<salt>:<hash>}, the format of Jakarta Security's
 * {@link Pbkdf2PasswordHash}), so a hash made with older parameters (2,048 iterations until issue 11) still
 * verifies with them, and {@link #isCurrent} tells that it should be made again.
 *
 * <pre>{@code
 * String stored = hashing.hash("correct horse battery");
 * hashing.matches("correct horse battery", stored); // true, after ~0.3 s of work
 * }</pre>
 */
@ApplicationScoped
public class PasswordHashing {

    static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    static final int ITERATIONS = 600_000;
    private static final String CURRENT_PREFIX = ALGORITHM + ":" + ITERATIONS + ":";

    @Inject
    private Pbkdf2PasswordHash pbkdf2;

    /** A hash of a random password, checked when the e-mail is unknown so that its answer takes as long. */
    private String unknownAccountHash;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", ALGORITHM,
                "Pbkdf2PasswordHash.Iterations", Integer.toString(ITERATIONS),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        unknownAccountHash = hash(UUID.randomUUID().toString());
    }

    public String hash(String password) {
        return pbkdf2.generate(password.toCharArray());
    }

    /** Whether the password is the one hashed, with the parameters the stored hash names. */
    public boolean matches(String password, String stored) {
        return pbkdf2.verify(password.toCharArray(), stored);
    }

    /** The same work as {@link #matches} against a current hash, for an e-mail with no account; never true. */
    public void matchNobody(String password) {
        pbkdf2.verify(password.toCharArray(), unknownAccountHash);
    }

    /** Whether a stored hash was made with today's parameters; an older one is made again at the next sign-in. */
    public static boolean isCurrent(String stored) {
        return stored.startsWith(CURRENT_PREFIX);
    }
}
