package app.coachcal.persistence.account;

import app.coachcal.persistence.people.Caller;
import app.coachcal.persistence.signin.PasswordHashing;
import app.coachcal.persistence.sql.ActingUser;
import app.coachcal.persistence.sql.ActsForTheCaller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/** A person changes their own password; a temporary password set by an admin must be changed this way. */
@ApplicationScoped
@Transactional
@ActsForTheCaller
public class PasswordChange {

    public static final int MIN_LENGTH = PasswordRules.MIN_LENGTH;

    /** Why a new password was refused, with the field it is about. */
    public static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String field;

        Refused(String field, String message) {
            super(message, null, false, false);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    @PersistenceContext(unitName = "coachcal")
    private EntityManager em;
    @Inject
    private PasswordHashing passwordHash;

    /** Read like sign-in ({@code account_for_sign_in}): this check guards a request whose caller may not act yet. */
    public boolean mustChange(String email) {
        List<?> rows = em.createNativeQuery("SELECT must_change_password FROM account_for_sign_in(?1)")
                .setParameter(1, email).getResultList();
        return !rows.isEmpty() && Boolean.TRUE.equals(rows.get(0));
    }

    public void change(Caller caller, String current, String wanted, String repeated) {
        ActingUser.set(em, caller.id());
        String stored = (String) em.createNativeQuery("SELECT password_hash FROM app_user WHERE id = ?1 FOR UPDATE")
                .setParameter(1, caller.id()).getSingleResult();
        if (current == null || !passwordHash.matches(current, stored)) {
            throw new Refused("current", "Enter your current password correctly.");
        }
        PasswordRules.refusal(wanted, "new").ifPresent(refusal -> {
            throw new Refused("new-password", refusal);
        });
        if (wanted.equals(current)) {
            throw new Refused("new-password", "Choose a new password that differs from the current one.");
        }
        if (!wanted.equals(repeated)) {
            throw new Refused("repeat", "The two new passwords differ; type the same one twice.");
        }
        em.createNativeQuery("UPDATE app_user SET password_hash = ?1, must_change_password = false WHERE id = ?2")
                .setParameter(1, passwordHash.hash(wanted)).setParameter(2, caller.id())
                .executeUpdate();
    }
}
