package app.coachcal.persistence.sql;

import jakarta.persistence.EntityManager;

/**
 * Tells the database who acts in the current transaction, so that its audit
 * triggers (appointment history, business-rule changes) record them.
 * {@code SET LOCAL} semantics: it ends with the transaction.
 */
public final class ActingUser {

    private ActingUser() {
    }

    public static void set(EntityManager em, long userId) {
        em.createNativeQuery("SELECT set_config('coachcal.actor_id', ?1, true)")
                .setParameter(1, Long.toString(userId))
                .getSingleResult();
    }
}
