package app.coachcal.persistence.signin;

import app.coachcal.persistence.people.Caller;
import app.coachcal.persistence.people.UserDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * One sign-in attempt, pages and API alike, in one transaction: refused at once while the account or the
 * client address is locked ({@link SignInThrottle}); otherwise the password is checked (against a dummy
 * hash of the same cost when no account has the e-mail, so the answer takes as long), a failure is counted,
 * and a success clears the account's count and, when its hash was made with older parameters, stores a
 * new one ({@link PasswordHashing}).
 *
 * <pre>{@code
 * switch (signIns.attempt(email, password, request.getRemoteAddr())) { ... }
 * }</pre>
 */
@ApplicationScoped
@Transactional
public class SignIns {

    @PersistenceContext(unitName = "coachcal")
    private EntityManager em;
    @Inject
    private UserDirectory users;
    @Inject
    private SignInThrottle throttle;
    @Inject
    private PasswordHashing hashing;
    @Inject
    private RecentSignIns recent;

    public SignInOutcome attempt(String email, String password, String clientAddress) {
        Optional<Duration> locked = throttle.lockedFor(email, clientAddress);
        if (locked.isPresent()) {
            return new SignInOutcome.Locked(locked.get());
        }
        Optional<UserDirectory.SignInAccount> account = users.accountFor(email);
        if (account.isEmpty()) {
            hashing.matchNobody(password);
            return refused(email, clientAddress);
        }
        UserDirectory.SignInAccount found = account.get();
        String address = email.strip().toLowerCase(Locale.ROOT);
        if (!passwordMatches(address, found.passwordHash(), password)) {
            return refused(email, clientAddress);
        }
        throttle.succeeded(email);
        // The person acts from here on, so that row-level security lets the rehash write their own row.
        Caller caller = users.actingAs(found.id());
        String stored = found.passwordHash();
        if (!PasswordHashing.isCurrent(stored)) {
            stored = hashing.hash(password);
            em.createNativeQuery("UPDATE app_user SET password_hash = ?1 WHERE id = ?2")
                    .setParameter(1, stored).setParameter(2, found.id()).executeUpdate();
        }
        recent.remember(address, password, stored);
        return new SignInOutcome.SignedIn(caller);
    }

    private SignInOutcome refused(String email, String clientAddress) {
        throttle.failed(email, clientAddress);
        return new SignInOutcome.Refused();
    }

    private boolean passwordMatches(String address, String storedHash, String password) {
        return recent.vouchFor(address, password, storedHash) || hashing.matches(password, storedHash);
    }
}
