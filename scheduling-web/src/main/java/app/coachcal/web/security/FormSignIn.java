package app.coachcal.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Pages sign in with a form ({@code /login}), and the session remembers who
 * signed in. A protected page asked for without a session leads to the sign-in
 * page ({@code /login?next=...}, see SignInTarget), then back to that page. The JSON API does not use this: it
 * authenticates every request with HTTP Basic (see the API's filter).
 */
@ApplicationScoped
@DeclareRoles({Roles.CLIENT, Roles.COACH, Roles.ADMIN})
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "#{public.signInTarget.loginPage}", errorPage = "",
                useForwardToLogin = false))
public class FormSignIn {
}
