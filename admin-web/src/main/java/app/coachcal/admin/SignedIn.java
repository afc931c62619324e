package app.coachcal.admin;

import app.coachcal.persistence.people.Caller;
import app.coachcal.persistence.people.Role;
import app.coachcal.persistence.people.UserDirectory;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * The signed-in person a staff or admin page acts for, checked against the role the page needs on every
 * GET and every action (web.xml guards the URLs too). When the role is missing the answer is a 403 and
 * the bean stops.
 *
 * <pre>{@code
 * Optional<Caller> coach = signedIn.as(Role.COACH);
 * if (coach.isEmpty()) { return null; }
 * }</pre>
 */
@RequestScoped
public class SignedIn {

    @Inject
    private FacesContext faces;
    @Inject
    private UserDirectory users;

    private Caller caller;

    public Optional<Caller> as(Role role) {
        ExternalContext external = faces.getExternalContext();
        if (caller == null && external.getUserPrincipal() != null && external.isUserInRole(role.dbName())) {
            caller = users.signedIn(external.getUserPrincipal().getName()).filter(found -> found.is(role)).orElse(null);
        }
        if (caller == null || !caller.is(role)) {
            send(403);
            return Optional.empty();
        }
        return Optional.of(caller);
    }

    /** Ends the request with this HTTP status and the matching error page. */
    public void send(int status) {
        if (faces.getResponseComplete()) {
            return;
        }
        try {
            faces.getExternalContext().responseSendError(status, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }
}
