package app.coachcal.admin.account;

import app.coachcal.admin.Redirects;
import app.coachcal.admin.Times;
import app.coachcal.domain.request.Parsed;
import app.coachcal.domain.request.TokenIdField;
import app.coachcal.domain.request.TokenLifetimeField;
import app.coachcal.domain.request.TokenNameField;
import app.coachcal.persistence.people.Caller;
import app.coachcal.persistence.people.UserDirectory;
import app.coachcal.persistence.tokens.ApiToken;
import app.coachcal.persistence.tokens.ApiTokens;
import app.coachcal.persistence.tokens.IssuedToken;
import app.coachcal.persistence.tokens.TokenNotFound;
import app.coachcal.web.faces.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Your personal API tokens ({@code /account/tokens}, every signed-in person): the list, a form to create one,
 * whose secret the next page shows once ({@link ShownOnce}), and a button per token to revoke it.
 */
@Named("account.tokens")
@RequestScoped
public class TokensPage {

    static final String PATH = "/account/tokens";

    /** One token as a table row; {@code revoke} is its button's label. */
    public record Line(String id, String name, String created, String lastUsed, String expires, String revoke) {
    }

    @Inject
    private FacesContext faces;
    @Inject
    private UserDirectory users;
    @Inject
    private ApiTokens tokens;

    private Caller caller;
    private List<Line> lines;
    private ShownOnce shown;
    private String name;
    private String days = Integer.toString(TokenLifetimeField.DEFAULT_DAYS);

    /** View action (GET): the person, their tokens, and a secret just created, taken so it is never shown again. */
    public void load() {
        ensureLoaded();
        shown = ShownOnce.take(session()).orElse(null);
    }

    public String create() {
        ensureLoaded();
        String wanted = valid(TokenNameField.parse(name), "token-name");
        Integer lifetime = valid(TokenLifetimeField.parse(days), "token-days");
        if (caller == null || wanted == null || lifetime == null) {
            return null;
        }
        IssuedToken issued = tokens.issue(caller, wanted, lifetime);
        ShownOnce.keep(session(), new ShownOnce(issued.token().name(), issued.secret()));
        return Redirects.to(faces, PATH + "?done=created");
    }

    /**
     * Revokes the token named by the form's own hidden field {@code token}, not by the row of the button: if the
     * list changed since the page was shown (another tab), the row index would name another token.
     */
    public String revoke() {
        ensureLoaded();
        Optional<UUID> id = TokenIdField.parse(faces.getExternalContext().getRequestParameterMap().get("token"))
                .fold(Optional::of, error -> Optional.empty());
        if (caller == null || id.isEmpty()) {
            return null;
        }
        try {
            tokens.revoke(caller, id.get());
        } catch (TokenNotFound gone) {
            // Not this person's token: nothing to revoke, and nothing to tell about someone else's.
        }
        return Redirects.to(faces, PATH + "?done=revoked");
    }

    private void ensureLoaded() {
        if (caller == null) {
            caller = users.signedIn(faces.getExternalContext().getUserPrincipal().getName()).orElse(null);
            lines = caller == null ? List.of() : tokens.listOf(caller).stream().map(this::line).toList();
        }
    }

    private Line line(ApiToken token) {
        return new Line(token.id().toString(), token.name(), Times.dateTime(token.createdAt(), caller.zone()),
                token.lastUsedAt() == null ? "Never" : Times.dateTime(token.lastUsedAt(), caller.zone()),
                Times.dateTime(token.expiresAt(), caller.zone()), "Revoke token " + token.name());
    }

    /** The value, or null with the error shown against {@code field} (every field is checked, so all errors show). */
    private <T> T valid(Parsed<T> parsed, String field) {
        return parsed.fold(value -> value, error -> {
            Pages.error(faces, field, error.message());
            return null;
        });
    }

    private HttpSession session() {
        return ((HttpServletRequest) faces.getExternalContext().getRequest()).getSession(true);
    }

    public List<Line> getLines() {
        ensureLoaded();
        return lines;
    }

    public ShownOnce getShown() {
        return shown;
    }

    public String getZone() {
        ensureLoaded();
        return caller == null ? "" : caller.zone().getId();
    }

    public int getMaxDays() {
        return TokenLifetimeField.MAX_DAYS;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDays() {
        return days;
    }

    public void setDays(String days) {
        this.days = days;
    }
}
