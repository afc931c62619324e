package app.coachcal.persistence.signin;

import app.coachcal.persistence.people.Caller;
import java.time.Duration;
import java.util.Optional;

/** What came of one sign-in attempt; a wrong password and an unknown e-mail are the same {@link Refused}. */
public sealed interface SignInOutcome {

    /** Who signed in, when the password was right. */
    default Optional<Caller> signedIn() {
        return this instanceof SignedIn success ? Optional.of(success.caller()) : Optional.empty();
    }

    /** The password was right: this is who signed in. */
    record SignedIn(Caller caller) implements SignInOutcome {
    }

    /** Wrong e-mail or wrong password; the failure was counted. */
    record Refused() implements SignInOutcome {
    }

    /** Too many failures for the account or the client address: try again after {@code retryAfter}. */
    record Locked(Duration retryAfter) implements SignInOutcome {
    }
}
