package app.coachcal.web.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Small things every page bean needs: where a signed-in person starts, and
 * how to report an error against a field so that the error summary links to it.
 *
 * <pre>{@code
 * Pages.error(faces, "start", "That time has just been taken.");
 * return Pages.startPageOf(request);
 * }</pre>
 */
public final class Pages {

    private Pages() {
    }

    /** The first page for the signed-in person's role, as a Faces redirect outcome. */
    public static String startPageOf(HttpServletRequest request) {
        if (request.isUserInRole("client")) {
            return "/calls/index?faces-redirect=true";
        }
        if (request.isUserInRole("coach")) {
            return "/staff/index?faces-redirect=true";
        }
        if (request.isUserInRole("admin")) {
            return "/admin/index?faces-redirect=true";
        }
        return "/index?faces-redirect=true";
    }

    /** An error message for the field with this client id (forms use prependId="false"). */
    public static void error(FacesContext faces, String fieldId, String message) {
        faces.addMessage(fieldId, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
        faces.validationFailed();
    }
}
