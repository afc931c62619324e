package app.coachcal.persistence.signin;

import app.coachcal.persistence.people.UserAccount;
import app.coachcal.persistence.people.UserDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
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
        Optional<UserAccount> account = users.account(email);
        if (account.isEmpty()) {
            hashing.matchNobody(password);
            return refused(email, clientAddress);
        }
        UserAccount user = account.get();
        if (!passwordMatches(user, password)) {
            return refused(email, clientAddress);
        }
        throttle.succeeded(email);
        String stored = user.passwordHash();
        if (!PasswordHashing.isCurrent(stored)) {
            stored = hashing.hash(password);
            em.createNativeQuery("UPDATE app_user SET password_hash = ?1 WHERE id = ?2")
                    .setParameter(1, stored).setParameter(2, user.id()).executeUpdate();
        }
        recent.remember(user.email(), password, stored);
        return new SignInOutcome.SignedIn(users.callerFor(user));
    }

    private SignInOutcome refused(String email, String clientAddress) {
        throttle.failed(email, clientAddress);
        return new SignInOutcome.Refused();
    }

    private boolean passwordMatches(UserAccount account, String password) {
        return recent.vouchFor(account.email(), password, account.passwordHash())
                || hashing.matches(password, account.passwordHash());
    }
}
