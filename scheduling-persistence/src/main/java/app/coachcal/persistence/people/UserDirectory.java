package app.coachcal.persistence.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Finds people by e-mail address (any letter case), with their roles as they are now. Checking a
 * password is {@code signin.SignIns}'s job.
 */
@ApplicationScoped
public class UserDirectory {

    @PersistenceContext(unitName = "coachcal")
    private EntityManager em;

    /** The account with this e-mail address, in any letter case. */
    public Optional<UserAccount> account(String email) {
        return em.createQuery("SELECT u FROM UserAccount u WHERE LOWER(u.email) = :email", UserAccount.class)
                .setParameter("email", email.strip().toLowerCase(Locale.ROOT))
                .getResultList().stream().findFirst();
    }

    /** The caller a page session signed in as (by e-mail), with their roles as they are now. */
    public Optional<Caller> signedIn(String email) {
        return account(email).map(this::callerFor);
    }

    /** The caller with this internal id (e.g. the owner of an API token), with their roles as they are now. */
    public Optional<Caller> byId(long id) {
        return Optional.ofNullable(em.find(UserAccount.class, id)).map(this::callerFor);
    }

    public Caller callerFor(UserAccount account) {
        @SuppressWarnings("unchecked")
        List<String> roles = em.createNativeQuery(
                        "SELECT role::text FROM user_role WHERE user_id = ?1 AND active")
                .setParameter(1, account.id())
                .getResultList();
        Set<Role> active = EnumSet.noneOf(Role.class);
        roles.forEach(role -> active.add(Role.valueOf(role.toUpperCase(Locale.ROOT))));
        return new Caller(account.id(), account.publicId(), account.email(), account.displayName(),
                ZoneId.of(account.timeZone()), active);
    }
}
