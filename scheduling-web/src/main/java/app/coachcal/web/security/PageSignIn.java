package app.coachcal.web.security;

import app.coachcal.persistence.people.Caller;
import app.coachcal.persistence.people.UserDirectory;
import app.coachcal.web.account.SignInTarget;
import app.coachcal.web.errors.OutagePage;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Collections;
import java.util.Optional;

/**
 * Who a page request comes from. Signing in (the form hands the e-mail and password to
 * {@code SecurityContext.authenticate}) checks them with {@link CoachcalIdentityStore}, gives the
 * session a new id (an id planted beforehand is worth nothing) and keeps the caller's address in it.
 * Every later request of that session names the caller to the container again, with their roles as
 * the database holds them at that moment: an admin's change of someone's roles counts from their next
 * request, and an account that no longer has that address is signed out. Signing out forgets the
 * caller. A protected page asked for without a signed-in session leads to the sign-in form.
 *
 * <p>This replaces {@code @CustomFormAuthenticationMechanismDefinition} (issue 18): its
 * {@code @AutoApplySession} re-applies a session by handing Payara the bare caller principal, and Payara
 * 6 finds the caller's groups again through {@code SecurityContext.getCurrent().getAdditionalPrincipal()},
 * a field of the one unauthenticated security context that all request threads share; a concurrent
 * request overwrites it, and the caller is let in without roles (403). Here the groups go with the
 * caller on every request, from nothing but this request's own session.
 */
@ApplicationScoped
@DeclareRoles({Roles.CLIENT, Roles.COACH, Roles.ADMIN})
public class PageSignIn implements HttpAuthenticationMechanism {

    /** Prefix of the session attributes about the person signed in. */
    static final String PERSONAL = "coachcal.";
    /** Session attribute: the signed-in caller's e-mail address. */
    static final String SIGNED_IN = PERSONAL + "signedIn";

    @Inject
    private IdentityStoreHandler identities;
    @Inject
    private UserDirectory users;

    @Inject
    private OutagePage outage;

    /**
     * Names the caller of this request. Both ways read the database (the sign-in checks the password, a
     * signed-in session re-reads the roles); when it cannot be reached the answer is the 503 "try again
     * shortly" page, already sent, so the container must not go on ({@code SEND_CONTINUE}).
     */
    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        try {
            return callerOf(request, context);
        } catch (RuntimeException failure) {
            try {
                if (outage.sendIfDatabaseIsDown(request, response, failure)) {
                    return AuthenticationStatus.SEND_CONTINUE;
                }
            } catch (IOException notSent) {
                failure.addSuppressed(notSent);
            }
            throw failure;
        }
    }

    private AuthenticationStatus callerOf(HttpServletRequest request, HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            return signIn(request, context, identities.validate(credential));
        }
        Optional<Caller> caller = signedIn(request);
        if (caller.isPresent()) {
            return context.notifyContainerAboutLogin(caller.get().email(), Roles.groupsOf(caller.get()));
        }
        if (context.isProtected()) {
            return context.redirect(request.getContextPath() + SignInTarget.loginPageFor(request));
        }
        return context.doNothing();
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        forget(request);
        context.cleanClientSubject();
    }

    private AuthenticationStatus signIn(HttpServletRequest request, HttpMessageContext context,
                                        CredentialValidationResult result) {
        forget(request);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        String email = result.getCallerPrincipal().getName();
        request.getSession(true).setAttribute(SIGNED_IN, email);
        return context.notifyContainerAboutLogin(email, result.getCallerGroups());
    }

    /** The caller this session signed in as, with their roles as they are now; none when not signed in. */
    private Optional<Caller> signedIn(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object email = session == null ? null : session.getAttribute(SIGNED_IN);
        if (!(email instanceof String address)) {
            return Optional.empty();
        }
        Optional<Caller> caller = users.signedIn(address);
        if (caller.isEmpty()) {
            forget(request);
        }
        return caller;
    }

    /**
     * Forgets who signed in and everything kept about them: all that Coachcal keeps in a session about
     * the person is named {@code coachcal.*} (e.g. whether they still must change their password), so
     * the next person to sign in in the same browser starts afresh.
     */
    private static void forget(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            Collections.list(session.getAttributeNames()).stream().filter(name -> name.startsWith(PERSONAL))
                    .forEach(session::removeAttribute);
        }
    }
}
