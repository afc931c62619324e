package app.coachcal.web.security;

import jakarta.enterprise.context.RequestScoped;
import java.time.Duration;
import java.util.Optional;

/**
 * Whether this request's sign-in was answered "too many attempts", and for how long: the identity store
 * can only say valid or invalid to the container, so it leaves the lock here for the sign-in form
 * ({@code account.SignIn}) to show.
 */
@RequestScoped
public class SignInLock {

    private Duration retryAfter;

    void lockedFor(Duration duration) {
        retryAfter = duration;
    }

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
