package app.coachcal.web.api;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * The 401 answers of the API, each with the challenge that says what to send: a token everywhere, the
 * password only where a token is made.
 */
final class Unauthenticated {

    private static final String TOKENS = "POST " + TokensResource.PATH;

    private Unauthenticated() {
    }

    /** No credential, or an unknown, revoked or expired token. */
    static Response tokenNeeded(boolean tokenSent) {
        String detail = tokenSent
                ? "This token is unknown, revoked or expired. Create a new one with " + TOKENS
                        + " (HTTP Basic) or on the page /account/tokens."
                : "Send a personal API token as \"Authorization: Bearer <token>\". Create one with " + TOKENS
                        + " (HTTP Basic) or on the page /account/tokens.";
        return answer(detail, "Bearer realm=\"Coachcal\"" + (tokenSent ? ", error=\"invalid_token\"" : ""));
    }

    /** HTTP Basic sent to any other request than the one that makes a token. */
    static Response basicOnlyForTokens() {
        return answer("HTTP Basic (your password) is accepted only by " + TOKENS + ". Obtain a token there or on the"
                + " page /account/tokens, and send it as \"Authorization: Bearer <token>\".", "Bearer realm=\"Coachcal\"");
    }

    /** Making a token without a correct e-mail address and password. */
    static Response passwordNeeded() {
        return answer("Send your e-mail address and password with HTTP Basic authentication to create a token.",
                "Basic realm=\"Coachcal\", charset=\"UTF-8\"");
    }

    private static Response answer(String detail, String challenge) {
        return Response.fromResponse(Problem.of(401, "unauthenticated", "Sign-in needed", detail).response())
                .header(HttpHeaders.WWW_AUTHENTICATE, challenge).build();
    }
}
