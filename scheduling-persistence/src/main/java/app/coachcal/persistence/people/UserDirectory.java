package app.coachcal.persistence.people;

import app.coachcal.persistence.sql.ActingUser;
import app.coachcal.persistence.sql.Columns;
import app.coachcal.persistence.sql.RequestCaller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.transaction.Transactional;
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
 *
 * <p>Nobody acts yet when this runs, so row-level security (V14) would show no
 * account: the address is looked up with {@code account_for_sign_in}, which
 * returns that one account's id and hash only; the person found is then the
 * acting user of this transaction and of the rest of the request
 * ({@link RequestCaller}).
 */
@ApplicationScoped
@Transactional
public class UserDirectory {

    @PersistenceContext(unitName = "coachcal")
    private EntityManager em;

    @Inject
    private Pbkdf2PasswordHash passwordHash;
    @Inject
    private RequestCaller requestCaller;

    public Optional<Caller> authenticate(String email, String password) {
        Optional<SignInAccount> found = accountFor(email);
        if (found.isEmpty()) {
            // Same work as a real check, so timing does not tell whether the address exists.
            passwordHash.verify(password.toCharArray(), dummyHash());
            return Optional.empty();
        }
        if (!passwordHash.verify(password.toCharArray(), found.get().passwordHash())) {
            return Optional.empty();
        }
        return Optional.of(actingAs(found.get().id()));
    }

    /** The caller a page session signed in as (by e-mail), with their roles as they are now. */
    public Optional<Caller> signedIn(String email) {
        return accountFor(email).map(account -> actingAs(account.id()));
    }

    /** What {@code account_for_sign_in} tells of one address: no more than sign-in needs. */
    private record SignInAccount(long id, String passwordHash) {
    }

    /** The account with this address, any letter case. */
    private Optional<SignInAccount> accountFor(String email) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT user_id, password_hash FROM account_for_sign_in(?1)")
                .setParameter(1, email.toLowerCase(Locale.ROOT))
                .getResultList();
        return rows.stream().findFirst().map(row -> new SignInAccount(Columns.number(row[0]), (String) row[1]));
    }

    /** The person found acts from now on: in this transaction, and in the rest of the request. */
    private Caller actingAs(long userId) {
        ActingUser.set(em, userId);
        RequestCaller.record(requestCaller, userId);
        return callerFor(em.find(UserAccount.class, userId));
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
