package app.coachcal.admin.console;

import app.coachcal.admin.Redirects;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** {@code /admin/} leads to the People page, where an admin's work starts. */
@Named("admin.index")
@RequestScoped
public class IndexPage {

    @Inject
    private FacesContext faces;

    public String open() {
        return Redirects.to(faces, "/admin/people");
    }
}
