package app.coachcal.persistence.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Finds who is signing in: an e-mail address (any letter case) and a password
 * checked against the stored PBKDF2 hash. A wrong address and a wrong password
 * look the same to the caller.
 */
@ApplicationScoped
public class UserDirectory {

    @PersistenceContext(unitName = "coachcal")
    private EntityManager em;

    @Inject
    private Pbkdf2PasswordHash passwordHash;

    public Optional<Caller> authenticate(String email, String password) {
        List<UserAccount> found = em.createQuery(
                        "SELECT u FROM UserAccount u WHERE LOWER(u.email) = :email", UserAccount.class)
                .setParameter("email", email.toLowerCase(Locale.ROOT))
                .getResultList();
        if (found.isEmpty()) {
            // Same work as a real check, so timing does not tell whether the address exists.
            passwordHash.verify(password.toCharArray(), dummyHash());
            return Optional.empty();
        }
        UserAccount account = found.get(0);
        if (!passwordHash.verify(password.toCharArray(), account.passwordHash())) {
            return Optional.empty();
        }
        return Optional.of(callerFor(account));
    }

    /** The caller a page session signed in as (by e-mail), with their roles as they are now. */
    public Optional<Caller> signedIn(String email) {
        return em.createQuery("SELECT u FROM UserAccount u WHERE LOWER(u.email) = :email", UserAccount.class)
                .setParameter("email", email.toLowerCase(Locale.ROOT))
                .getResultList().stream().findFirst().map(this::callerFor);
    }

    /** The caller with this internal id (e.g. the owner of an API token), with their roles as they are now. */
    public Optional<Caller> byId(long id) {
        return Optional.ofNullable(em.find(UserAccount.class, id)).map(this::callerFor);
    }

    private Caller callerFor(UserAccount account) {
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

    /** A hash of a random password, verified when the address is unknown. */
    private String dummyHash() {
        String hash = dummyHash;
        if (hash == null) {
            hash = passwordHash.generate(java.util.UUID.randomUUID().toString().toCharArray());
            dummyHash = hash;
        }
        return hash;
    }

    private volatile String dummyHash;
}
