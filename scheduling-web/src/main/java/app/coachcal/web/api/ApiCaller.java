package app.coachcal.web.api;

import app.coachcal.persistence.people.Caller;
import jakarta.enterprise.context.RequestScoped;

/** Who the current API request acts for, set by {@link ApiAuthentication}. */
@RequestScoped
public class ApiCaller {

    private Caller caller;

    void set(Caller authenticated) {
        this.caller = authenticated;
    }

    public Caller get() {
        if (caller == null) {
            throw new IllegalStateException("no authenticated caller on this request");
        }
        return caller;
    }
}
