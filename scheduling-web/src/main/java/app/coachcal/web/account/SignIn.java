package app.coachcal.web.account;

import app.coachcal.web.faces.Pages;
import app.coachcal.web.security.SignInLock;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;

/**
 * The sign-in form. A wrong address and a wrong password get the same message,
 * so the form never tells whether an address has an account. The session id
 * changes at sign-in, so an id planted beforehand is worth nothing (done by
 * {@link app.coachcal.web.security.PageSignIn}, which keeps who signed in). After too many failed attempts
 * for the account or from the address, the form is answered with 429 and when to try again.
 */
@Named("public.signIn")
@RequestScoped
public class SignIn {

    static final int MAX_LENGTH = 254;
    private static final int TOO_MANY_REQUESTS = 429;

    @Inject
    private SecurityContext security;
    @Inject
    private FacesContext faces;
    @Inject
    private SignInLock lock;

    private String email;
    private String password;

    public String signIn() throws IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        if (blank(email) || blank(password) || email.length() > MAX_LENGTH || password.length() > MAX_LENGTH) {
            return refused();
        }
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        AuthenticationStatus status = security.authenticate(request, response,
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(email.strip(), new Password(password))));
        if (status != AuthenticationStatus.SUCCESS && response.getStatus() >= 500) {
            // The credentials could not be checked (Payara logged why, e.g. the database is unreachable): not a
            // wrong password. The request's error handling answers (503 "try again shortly" in an outage).
            throw new IllegalStateException("the sign-in could not be checked");
        }
        return switch (status) {
            case SEND_CONTINUE -> {
                faces.responseComplete();
                yield null;
            }
            case SUCCESS -> returnTo(external, SignInTarget.safe(request.getParameter("next")).orElse(null), request);
            default -> lock.retryAfter().isPresent() ? tooManyAttempts(response, lock.retryAfter().get()) : refused();
        };
    }

    /** The page that asked for the sign-in (see {@link SignInTarget}), else the person's start page. */
    private String returnTo(ExternalContext external, String next, HttpServletRequest request) throws IOException {
        if (next == null) {
            return Pages.startPageOf(request);
        }
        external.redirect(external.getRequestContextPath() + next);
        faces.responseComplete();
        return null;
    }

    /**
     * 429 with the form and, in its error summary, when to try again: the same for an unknown e-mail as for
     * an account, whatever the password.
     */
    private String tooManyAttempts(HttpServletResponse response, Duration wait) {
        response.setStatus(TOO_MANY_REQUESTS);
        response.setHeader("Retry-After", Long.toString(wait.toSeconds()));
        Pages.error(faces, "email", TryAgain.message(wait, Instant.now()));
        password = null;
        return null;
    }

    private String refused() {
        Pages.error(faces, "email", "Enter a correct e-mail address and password.");
        password = null;
        return null;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
