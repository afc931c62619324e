package app.coachcal.web.api;

import app.coachcal.persistence.account.PasswordChange;
import app.coachcal.persistence.people.Caller;
import app.coachcal.persistence.people.UserDirectory;
import app.coachcal.persistence.signin.SignInOutcome;
import app.coachcal.persistence.signin.SignIns;
import app.coachcal.web.security.ClientAddress;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Base64;
import java.util.Optional;

/**
 * HTTP Basic authentication of every API request with the user's e-mail and
 * password, or, for GET only, the signed-in page session (the week view's
 * script). A missing, malformed or wrong credential gets the same 401; a
 * temporary password (set by an admin) is refused with 403 until it is changed
 * on the pages, as the pages themselves do. Failed attempts are throttled per account and per client
 * address ({@code SignIns}): a locked one is answered 429 {@code too-many-attempts} with {@code Retry-After},
 * whatever the password and whether or not the account exists.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class BasicAuthentication implements ContainerRequestFilter {

    private static final int MAX_HEADER = 1024;
    private static final String SCHEME = "Basic ";

    private static final String TOO_MANY = "Too many failed sign-ins for this account or from this address;"
            + " try again after the number of seconds in Retry-After.";

    @Inject
    private UserDirectory users;
    @Inject
    private SignIns signIns;
    @Context
    private HttpServletRequest servlet;
    @Inject
    private ApiCaller apiCaller;
    @Inject
    private PasswordChange passwords;

    @Override
    public void filter(ContainerRequestContext request) {
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        Optional<String[]> credentials = authorization == null ? Optional.empty() : credentials(authorization);
        SignInOutcome outcome = credentials.map(pair -> signIns.attempt(pair[0], pair[1], ClientAddress.of(servlet)))
                .orElseGet(SignInOutcome.Refused::new);
        if (outcome instanceof SignInOutcome.Locked locked) {
            request.abortWith(jakarta.ws.rs.core.Response.fromResponse(Problem.of(429, "too-many-attempts",
                            "Too many failed sign-ins", TOO_MANY)
                    .response()).header(HttpHeaders.RETRY_AFTER, locked.retryAfter().toSeconds()).build());
            return;
        }
        Optional<Caller> caller = authorization == null
                ? signedInPageSession(request)
                : outcome.signedIn();
        if (caller.isPresent() && authorization != null && passwords.mustChange(caller.get().email())) {
            request.abortWith(Problem.of(403, "password-change-required", "Password change needed",
                    "This account still has its temporary password. Sign in on the pages and choose a new one first.")
                    .response());
            return;
        }
        if (caller.isEmpty()) {
            request.abortWith(jakarta.ws.rs.core.Response.fromResponse(Problem.of(401, "unauthenticated",
                            "Sign-in needed", "Send your e-mail address and password with HTTP Basic authentication.")
                    .response()).header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Coachcal\", charset=\"UTF-8\"")
                    .build());
            return;
        }
        apiCaller.set(caller.get());
    }

    /**
     * The pages' script reads the API with the page session (GET only: a change
     * always needs credentials, so no other site can make one with the cookie).
     */
    private Optional<Caller> signedInPageSession(ContainerRequestContext request) {
        Principal principal = request.getSecurityContext().getUserPrincipal();
        if (principal == null || !HttpMethod.GET.equals(request.getMethod())) {
            return Optional.empty();
        }
        return users.signedIn(principal.getName());
    }

    /** {email, password} from a well-formed Basic header; anything odd is treated as no credential. */
    private static Optional<String[]> credentials(String header) {
        if (header == null || header.length() > MAX_HEADER || !header.startsWith(SCHEME)) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(SCHEME.length()).strip()),
                    StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon < 1 || colon == decoded.length() - 1 || decoded.chars().anyMatch(Character::isISOControl)) {
                return Optional.empty();
            }
            return Optional.of(new String[] {decoded.substring(0, colon).strip(), decoded.substring(colon + 1)});
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
