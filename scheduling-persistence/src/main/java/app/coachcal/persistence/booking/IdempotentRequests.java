package app.coachcal.persistence.booking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * Remembers the answer to each (user, Idempotency-Key) so that a retried
 * request gets the first answer instead of a second booking. Used inside the
 * booking's own transaction.
 */
@ApplicationScoped
class IdempotentRequests {

    @PersistenceContext(unitName = "coachcal")
    private EntityManager em;

    /** Waits for a concurrent request with the same key to finish; the lock ends with the transaction. */
    void lock(long userId, String key) {
        em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtextextended(CAST(?1 AS text) || ':' || ?2, 0))")
                .setParameter(1, userId)
                .setParameter(2, key)
                .getSingleResult();
    }

    Optional<StoredAnswer> answered(long userId, String key, String fingerprint) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT request_fingerprint, response_status, response_body, location"
                        + " FROM idempotent_request WHERE user_id = ?1 AND idempotency_key = ?2")
                .setParameter(1, userId)
                .setParameter(2, key)
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = rows.get(0);
        if (!fingerprint.equals(row[0])) {
            throw new IdempotencyKeyReused();
        }
        return Optional.of(new StoredAnswer(((Number) row[1]).intValue(), (String) row[2], (String) row[3]));
    }

    void remember(long userId, String key, String fingerprint, StoredAnswer answer) {
        em.createNativeQuery("INSERT INTO idempotent_request (user_id, idempotency_key, request_fingerprint,"
                        + " response_status, response_body, location) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
                .setParameter(1, userId)
                .setParameter(2, key)
                .setParameter(3, fingerprint)
                .setParameter(4, answer.status())
                .setParameter(5, answer.body())
                .setParameter(6, answer.location())
                .executeUpdate();
    }
}
