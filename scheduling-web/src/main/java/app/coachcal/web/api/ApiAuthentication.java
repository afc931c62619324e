package app.coachcal.web.api;

import app.coachcal.persistence.account.PasswordChange;
import app.coachcal.persistence.people.Caller;
import app.coachcal.persistence.people.UserDirectory;
import app.coachcal.persistence.signin.SignInOutcome;
import app.coachcal.persistence.signin.SignIns;
import app.coachcal.persistence.tokens.ApiTokens;
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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.security.Principal;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Who an API request comes from. Every request sends a personal API token ({@code Authorization: Bearer}),
 * looked up by its digest; only {@code POST /api/v1/tokens} takes the e-mail address and password (HTTP Basic),
 * so the slow password hash runs there and at page sign-in, nowhere else. A GET without any credential may use
 * the signed-in page session (the week view's script). A temporary password (set by an admin) is refused with
 * 403 until it is changed on the pages, as the pages themselves do. Failed passwords are throttled per account and
 * per client address ({@code SignIns}): a locked one gets 429 {@code too-many-attempts} with {@code Retry-After},
 * whatever the password and whether or not the account exists.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class ApiAuthentication implements ContainerRequestFilter {

    private static final String BEARER = "Bearer ";
    private static final String TOO_MANY = "Too many failed sign-ins for this account or from this address;"
            + " try again after the number of seconds in Retry-After.";

    @Inject
    private UserDirectory users;
    @Inject
    private ApiTokens tokens;
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
        if (makesAToken(request)) {
            SignInOutcome outcome = BasicCredentials.of(authorization)
                    .map(credentials -> signIns.attempt(credentials.email(), credentials.password(),
                            ClientAddress.of(servlet)))
                    .orElseGet(SignInOutcome.Refused::new);
            if (outcome instanceof SignInOutcome.Locked locked) {
                request.abortWith(Response.fromResponse(
                                Problem.of(429, "too-many-attempts", "Too many failed sign-ins", TOO_MANY).response())
                        .header(HttpHeaders.RETRY_AFTER, locked.retryAfter().toSeconds()).build());
                return;
            }
            admit(request, outcome.signedIn(), true, Unauthenticated::passwordNeeded);
        } else if (authorization == null) {
            admit(request, signedInPageSession(request), false, () -> Unauthenticated.tokenNeeded(false));
        } else if (BasicCredentials.isBasic(authorization)) {
            request.abortWith(Unauthenticated.basicOnlyForTokens());
        } else {
            admit(request, bearer(authorization).flatMap(tokens::ownerOf).flatMap(users::byId), true,
                    () -> Unauthenticated.tokenNeeded(true));
        }
    }

    private void admit(ContainerRequestContext request, Optional<Caller> caller, boolean credentialSent,
                       Supplier<Response> refusal) {
        if (caller.isEmpty()) {
            request.abortWith(refusal.get());
        } else if (credentialSent && passwords.mustChange(caller.get().email())) {
            request.abortWith(Problem.of(403, "password-change-required", "Password change needed",
                    "This account still has its temporary password. Sign in on the pages and choose a new one first.")
                    .response());
        } else {
            apiCaller.set(caller.get());
        }
    }

    /** {@code POST /api/v1/tokens}: the one request that takes the password. */
    private static boolean makesAToken(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        return HttpMethod.POST.equals(request.getMethod()) && path.replaceAll("^/+|/+$", "").equals("tokens");
    }

    private static Optional<String> bearer(String header) {
        if (!header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Optional.empty();
        }
        return Optional.of(header.substring(BEARER.length()).strip());
    }

    /**
     * The pages' script reads the API with the page session (GET only: a change always needs a token, so no
     * other site can make one with the cookie).
     */
    private Optional<Caller> signedInPageSession(ContainerRequestContext request) {
        Principal principal = request.getSecurityContext().getUserPrincipal();
        if (principal == null || !HttpMethod.GET.equals(request.getMethod())) {
            return Optional.empty();
        }
        return users.signedIn(principal.getName());
    }
}
