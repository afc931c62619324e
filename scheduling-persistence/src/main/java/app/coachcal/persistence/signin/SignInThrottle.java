package app.coachcal.persistence.signin;

import app.coachcal.persistence.sql.Columns;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Counts failed sign-ins in PostgreSQL (table {@code sign_in_failure}, V15), so that all application nodes
 * count together, per account and per client address. An account with {@value #ACCOUNT_LIMIT} failures
 * within {@link #WINDOW}, or an address with {@value #ADDRESS_LIMIT}, is locked for {@link #LOCK}: every
 * sign-in for it is answered "too many attempts", whatever the password. The account is named by a hash of
 * its normalised e-mail whether or not an account has it, so a locked unknown address looks exactly like a
 * locked account. The address limit is far higher because many people may share an address (an office,
 * a carrier's NAT); only failures count, and a successful sign-in clears the account's count.
 *
 * <p>The limits are fixed here rather than business rules: they are a security floor, and an admin's page
 * (or a stolen admin session) should not be able to switch the throttle off. Called inside the sign-in's
 * transaction ({@link SignIns}).
 */
@ApplicationScoped
public class SignInThrottle {

    static final int ACCOUNT_LIMIT = 5;
    static final int ADDRESS_LIMIT = 100;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration LOCK = Duration.ofMinutes(15);
    /** How long the counts of a subject that stopped failing are kept. */
    private static final String KEPT = "1 day";

    @PersistenceContext(unitName = "coachcal")
    private EntityManager em;

    /** How long until the account or the address may try again; empty when neither is locked. */
    public Optional<Duration> lockedFor(String email, String address) {
        Object seconds = em.createNativeQuery("SELECT CAST(ceil(extract(epoch FROM max(locked_until) - now())) AS bigint)"
                        + " FROM sign_in_failure WHERE locked_until > now()"
                        + " AND ((subject_kind = 'account' AND subject = ?1) OR (subject_kind = 'address' AND subject = ?2))")
                .setParameter(1, accountKey(email)).setParameter(2, addressKey(address)).getSingleResult();
        return seconds == null ? Optional.empty() : Optional.of(Duration.ofSeconds(Math.max(1, Columns.number(seconds))));
    }

    /** Counts one failure against the account and the address, locking either that reaches its limit. */
    public void failed(String email, String address) {
        count("account", accountKey(email), ACCOUNT_LIMIT);
        count("address", addressKey(address), ADDRESS_LIMIT);
        em.createNativeQuery("DELETE FROM sign_in_failure WHERE window_starts_at < now() - CAST(?1 AS interval)"
                        + " AND (locked_until IS NULL OR locked_until < now())")
                .setParameter(1, KEPT).executeUpdate();
    }

    /** The account's failures are forgotten once its owner signs in (the address's stay). */
    public void succeeded(String email) {
        em.createNativeQuery("DELETE FROM sign_in_failure WHERE subject_kind = 'account' AND subject = ?1")
                .setParameter(1, accountKey(email)).executeUpdate();
    }

    private void count(String kind, String subject, int limit) {
        String windowOver = "f.window_starts_at <= now() - CAST(?3 AS interval)";
        List<?> failures = em.createNativeQuery("INSERT INTO sign_in_failure AS f (subject_kind, subject, failures, window_starts_at)"
                        + " VALUES (?1, ?2, 1, now()) ON CONFLICT (subject_kind, subject) DO UPDATE SET"
                        + " failures = CASE WHEN " + windowOver + " THEN 1 ELSE f.failures + 1 END,"
                        + " window_starts_at = CASE WHEN " + windowOver + " THEN now() ELSE f.window_starts_at END"
                        + " RETURNING failures")
                .setParameter(1, kind).setParameter(2, subject).setParameter(3, WINDOW.toSeconds() + " seconds")
                .getResultList();
        if (Columns.number(failures.get(0)) >= limit) {
            em.createNativeQuery("UPDATE sign_in_failure SET locked_until = now() + CAST(?3 AS interval)"
                            + " WHERE subject_kind = ?1 AND subject = ?2")
                    .setParameter(1, kind).setParameter(2, subject).setParameter(3, LOCK.toSeconds() + " seconds")
                    .executeUpdate();
        }
    }

    /** Hex SHA-256 of the e-mail as typed, stripped and lower-cased: the same for a known and an unknown one. */
    static String accountKey(String email) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(email.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static String addressKey(String address) {
        return address == null || address.isBlank() ? "unknown" : address.strip();
    }
}
