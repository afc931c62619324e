package app.coachcal.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * A random value kept in the session and put in the sign-out form, so that only a page of ours can sign a
 * person out. A new session gets a new value. (Two first pages rendered at the same instant could each make
 * one; the older form then gets the 403 page, whose own sign-out form carries the kept value.)
 *
 * <pre>{@code
 * <input type="hidden" name="token" value="#{public.signOutToken.value}"/>
 * }</pre>
 */
@Named("public.signOutToken")
@RequestScoped
public class SignOutToken {

    static final String SESSION_KEY = "coachcal.signOutToken";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    private HttpServletRequest request;

    /** The session's token, made on first use. */
    public String getValue() {
        HttpSession session = request.getSession(true);
        Object token = session.getAttribute(SESSION_KEY);
        if (token == null) {
            byte[] bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            session.setAttribute(SESSION_KEY, token);
        }
        return (String) token;
    }

    /** Whether {@code sent} is this session's token, compared in constant time. */
    static boolean matches(HttpSession session, String sent) {
        Object token = session == null ? null : session.getAttribute(SESSION_KEY);
        return token instanceof String expected && sent != null
                && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
    }
}
