package app.coachcal.web.errors;

import jakarta.faces.component.UIViewAction;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ActionEvent;
import jakarta.faces.event.ActionListener;
import jakarta.faces.event.ActionListenerWrapper;

/**
 * Notes in the request that a button's action ran (a page's own view action does not count), for
 * {@link PostbacksWithoutAction}. Wraps the application's action listener; registered in
 * {@code WEB-INF/faces-config.xml}.
 */
public class PressedButtons extends ActionListenerWrapper {

    static final String PRESSED = PressedButtons.class.getName();

    private final ActionListener wrapped;

    public PressedButtons(ActionListener wrapped) {
        this.wrapped = wrapped;
    }

    @Override
    public ActionListener getWrapped() {
        return wrapped;
    }

    @Override
    public void processAction(ActionEvent event) {
        if (!(event.getComponent() instanceof UIViewAction)) {
            FacesContext.getCurrentInstance().getExternalContext().getRequestMap().put(PRESSED, Boolean.TRUE);
        }
        wrapped.processAction(event);
    }
}
