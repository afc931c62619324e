package app.coachcal.admin.account;

import app.coachcal.admin.Redirects;
import app.coachcal.persistence.account.PasswordChange;
import app.coachcal.persistence.account.PasswordRules;
import app.coachcal.persistence.people.Caller;
import app.coachcal.persistence.people.UserDirectory;
import app.coachcal.web.faces.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/** Change your password ({@code /account/password}); the first page after signing in with a temporary password. */
@Named("account.password")
@RequestScoped
public class PasswordPage {

    @Inject
    private FacesContext faces;
    @Inject
    private UserDirectory users;
    @Inject
    private PasswordChange passwords;

    private String current;
    private String wanted;
    private String repeated;

    public boolean isForced() {
        Object flag = ((HttpServletRequest) faces.getExternalContext().getRequest()).getSession(true)
                .getAttribute(PasswordFirst.SESSION_FLAG);
        return Boolean.TRUE.equals(flag);
    }

    public String change() {
        ExternalContext external = faces.getExternalContext();
        Caller caller = users.signedIn(external.getUserPrincipal().getName()).orElse(null);
        if (caller == null) {
            return null;
        }
        try {
            passwords.change(caller, current, wanted, repeated);
        } catch (PasswordChange.Refused refused) {
            Pages.error(faces, refused.field(), refused.getMessage());
            current = null;
            wanted = null;
            repeated = null;
            return null;
        }
        ((HttpServletRequest) external.getRequest()).getSession(true).setAttribute(PasswordFirst.SESSION_FLAG, Boolean.FALSE);
        String start = Pages.startPageOf((HttpServletRequest) external.getRequest());
        return Redirects.to(faces, start.substring(0, start.indexOf('?')).replace("/index", "/") + "?password=changed");
    }

    public int getMinLength() {
        return PasswordChange.MIN_LENGTH;
    }

    public int getMaxLength() {
        return PasswordRules.MAX_LENGTH;
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getWanted() {
        return wanted;
    }

    public void setWanted(String wanted) {
        this.wanted = wanted;
    }

    public String getRepeated() {
        return repeated;
    }

    public void setRepeated(String repeated) {
        this.repeated = repeated;
    }
}
