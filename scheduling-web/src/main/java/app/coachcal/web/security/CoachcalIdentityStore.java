package app.coachcal.web.security;

import app.coachcal.persistence.people.UserDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

/**
 * Checks page sign-ins against the user table and its PBKDF2 hashes for
 * {@link PageSignIn}; the caller's groups are their active roles ({@code client},
 * {@code coach}, {@code admin}), which the security constraints in web.xml name.
 */
@ApplicationScoped
public class CoachcalIdentityStore implements IdentityStore {

    @Inject
    private UserDirectory users;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        return users.authenticate(login.getCaller(), login.getPasswordAsString())
                .map(caller -> new CredentialValidationResult(caller.email(), Roles.groupsOf(caller)))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
