package app.coachcal.persistence.people;

import app.coachcal.persistence.sql.ActingUser;
import app.coachcal.persistence.sql.Columns;
import app.coachcal.persistence.sql.RequestCaller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Finds people by e-mail address (any letter case) or by id, with their roles as they are now. Checking a
 * password is {@code signin.SignIns}'s job.
 *
 * <p>Nobody acts yet when this runs, so row-level security (V14) would show no account: an address is
 * looked up with {@code account_for_sign_in}, which returns that one account's id and hash only; the person
 * found is then the acting user of this transaction and of the rest of the request ({@link RequestCaller}).
 */
@ApplicationScoped
@Transactional
public class UserDirectory {

    @PersistenceContext(unitName = "coachcal")
    private EntityManager em;
    @Inject
    private RequestCaller requestCaller;

    /** What {@code account_for_sign_in} tells of one address: no more than sign-in needs. */
    public record SignInAccount(long id, String passwordHash) {
    }

    /** The account with this address, any letter case. */
    public Optional<SignInAccount> accountFor(String email) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT user_id, password_hash FROM account_for_sign_in(?1)")
                .setParameter(1, email.strip().toLowerCase(Locale.ROOT))
                .getResultList();
        return rows.stream().findFirst().map(row -> new SignInAccount(Columns.number(row[0]), (String) row[1]));
    }

    /** The caller a page session signed in as (by e-mail), with their roles as they are now. */
    public Optional<Caller> signedIn(String email) {
        return accountFor(email).map(account -> actingAs(account.id()));
    }

    /** The caller with this internal id (e.g. the owner of an API token), with their roles as they are now. */
    public Optional<Caller> byId(long id) {
        ActingUser.set(em, id);
        return Optional.ofNullable(em.find(UserAccount.class, id)).map(account -> {
            RequestCaller.record(requestCaller, id);
            return callerFor(account);
        });
    }

    /** The person found acts from now on: in this transaction, and in the rest of the request. */
    public Caller actingAs(long userId) {
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
}
