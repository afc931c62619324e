package app.coachcal.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

/** Signing out is a POST (a button in the page header): it ends the session and goes to the sign-in page. */
@Named("public.signOut")
@RequestScoped
public class SignOut {

    @Inject
    private FacesContext faces;

    public String signOut() throws ServletException {
        HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
        request.logout();
        faces.getExternalContext().invalidateSession();
        return "/login?faces-redirect=true&signedOut=true";
    }
}
