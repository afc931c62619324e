package app.coachcal.web.errors;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A form posted without any of its buttons (made by hand: every browser sends the button pressed, or the
 * first one when Enter is pressed in a field) runs no action; Faces would only render the page again, as if
 * nothing had been asked. Unless a field's validation failed (then the page shows why), the answer is 400 with
 * the "Please try again" page, and nothing was changed; someone who may not use the page at all gets the page's
 * own 403 instead, and an error page already on its way (404, 403) is left as it is. Registered in {@code WEB-INF/faces-config.xml}.
 */
public class PostbacksWithoutAction implements PhaseListener {

    private static final long serialVersionUID = 1L;

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RENDER_RESPONSE;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        FacesContext faces = event.getFacesContext();
        if (!faces.isPostback() || faces.getResponseComplete() || faces.isValidationFailed()
                || faces.getExternalContext().getRequestMap().containsKey(RequestDispatcher.ERROR_STATUS_CODE)
                || !faces.getMessageList().isEmpty()
                || faces.getExternalContext().getRequestMap().containsKey(PressedButtons.PRESSED)
                || !callerMayPostTo(faces.getExternalContext())) {
            return;
        }
        ((HttpServletResponse) faces.getExternalContext().getResponse()).setStatus(400);
        faces.setViewRoot(faces.getApplication().getViewHandler().createView(faces, "/expired.xhtml"));
    }

    private static boolean callerMayPostTo(ExternalContext external) {
        String page = external.getRequestServletPath() + (external.getRequestPathInfo() == null ? ""
                : external.getRequestPathInfo());
        return CDI.current().select(SecurityContext.class).get().hasAccessToWebResource(page, "POST");
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        // nothing after rendering
    }
}
