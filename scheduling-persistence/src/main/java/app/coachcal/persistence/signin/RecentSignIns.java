package app.coachcal.persistence.signin;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Remembers, in this process only and for {@link #KEPT}, that an e-mail and password matched a stored hash,
 * so that a client sending HTTP Basic credentials with every API request does not pay ~0.3 s of PBKDF2
 * each time. The key is an HMAC of e-mail and password under a random key made at start-up (never stored,
 * different on every node); the entry holds the stored hash it was checked against, so it counts only while
 * that hash is still the account's: a changed password (on any node) ends it at once. Only successes are
 * remembered: a wrong password always costs the full check.
 */
@ApplicationScoped
public class RecentSignIns {

    static final Duration KEPT = Duration.ofMinutes(5);
    private static final int MOST = 10_000;

    private record Entry(String storedHash, long until) {
    }

    private final byte[] key = randomKey();
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    /** Whether this e-mail and password matched {@code storedHash} within the last few minutes. */
    public boolean vouchFor(String email, String password, String storedHash) {
        Entry entry = entries.get(fingerprint(email, password));
        return entry != null && entry.until() - System.nanoTime() > 0 && entry.storedHash().equals(storedHash);
    }

    public void remember(String email, String password, String storedHash) {
        if (entries.size() >= MOST) {
            entries.clear();
        }
        entries.put(fingerprint(email, password), new Entry(storedHash, System.nanoTime() + KEPT.toNanos()));
    }

    private static byte[] randomKey() {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        return random;
    }

    private String fingerprint(String email, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(email.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return Base64.getEncoder().encodeToString(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has HmacSHA256", e);
        }
    }
}
