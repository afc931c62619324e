package app.coachcal.web.security;

import app.coachcal.persistence.signin.SignInOutcome;
import app.coachcal.persistence.signin.SignIns;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Checks page sign-ins for {@link PageSignIn} with {@link SignIns} (the password, and the throttle of failed
 * attempts per account and per client address); the caller's groups are their active roles ({@code client},
 * {@code coach}, {@code admin}), which the security constraints in web.xml name. A locked account or address
 * is invalid to the container and noted in {@link SignInLock} for the form.
 */
@ApplicationScoped
public class CoachcalIdentityStore implements IdentityStore {

    @Inject
    private SignIns signIns;
    @Inject
    private HttpServletRequest request;
    @Inject
    private SignInLock lock;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        SignInOutcome outcome = signIns.attempt(login.getCaller(), login.getPasswordAsString(), ClientAddress.of(request));
        if (outcome.signedIn().isPresent()) {
            return new CredentialValidationResult(outcome.signedIn().get().email(), Roles.groupsOf(outcome.signedIn().get()));
        }
        if (outcome instanceof SignInOutcome.Locked locked) {
            lock.lockedFor(locked.retryAfter());
        }
        return CredentialValidationResult.INVALID_RESULT;
    }
}
