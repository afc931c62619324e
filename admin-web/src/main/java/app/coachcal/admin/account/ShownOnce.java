package app.coachcal.admin.account;

import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Optional;

/**
 * A new token's secret, carried across the redirect after "Create token" and shown by the one GET that follows:
 * reading it removes it, so a reload or the back button never shows it again. Named {@code coachcal.*}, so that
 * signing out forgets it with the person (PageSignIn).
 *
 * <pre>{@code
 * ShownOnce.keep(session, new ShownOnce("laptop", secret));
 * Optional<ShownOnce> fresh = ShownOnce.take(session);   // empty the second time
 * }</pre>
 */
public record ShownOnce(String name, String secret) implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String SESSION_KEY = "coachcal.newToken";

    static void keep(HttpSession session, ShownOnce token) {
        session.setAttribute(SESSION_KEY, token);
    }

    static Optional<ShownOnce> take(HttpSession session) {
        Object kept = session.getAttribute(SESSION_KEY);
        session.removeAttribute(SESSION_KEY);
        return kept instanceof ShownOnce token ? Optional.of(token) : Optional.empty();
    }
}
