package app.coachcal.web.client;

import app.coachcal.persistence.people.Caller;
import app.coachcal.persistence.people.UserDirectory;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;

/** The client a page request acts for, read once per request from the page session's principal. */
@RequestScoped
public class SignedInClient {

    @Inject
    private UserDirectory users;
    @Inject
    private FacesContext faces;

    private Caller caller;

    public Caller get() {
        if (caller == null) {
            String email = faces.getExternalContext().getUserPrincipal().getName();
            caller = users.signedIn(email).orElseThrow(() -> new IllegalStateException("no account for " + email));
        }
        return caller;
    }
}
