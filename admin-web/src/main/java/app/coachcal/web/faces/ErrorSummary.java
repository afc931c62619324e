package app.coachcal.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The errors of the current request, for the GOV.UK-style error summary at the
 * top of a page and the message beside each field.
 *
 * <pre>{@code
 * <ui:include src="/WEB-INF/includes/error-summary.xhtml"/>
 * <p id="email-error" class="error-message" rendered="#{page.errors.has('email')}">#{page.errors.of('email')}</p>
 * }</pre>
 */
@Named("page.errors")
@RequestScoped
public class ErrorSummary {

    @Inject
    private FacesContext faces;

    /** Read afresh each time: a postback builds the view before the action adds its messages. */
    public List<FieldMessage> getAll() {
        return collect();
    }

    public boolean isAny() {
        return !getAll().isEmpty();
    }

    public boolean has(String fieldId) {
        return getAll().stream().anyMatch(message -> message.fieldId().equals(fieldId));
    }

    public String of(String fieldId) {
        return getAll().stream().filter(message -> message.fieldId().equals(fieldId))
                .map(FieldMessage::text).findFirst().orElse("");
    }

    private List<FieldMessage> collect() {
        List<FieldMessage> messages = new ArrayList<>();
        Iterator<String> ids = faces.getClientIdsWithMessages();
        while (ids.hasNext()) {
            String id = ids.next();
            Iterator<FacesMessage> forId = faces.getMessages(id);
            while (forId.hasNext()) {
                FacesMessage message = forId.next();
                // Every page shows every message in its summary: marking them shown keeps Mojarra from
                // logging "FacesMessage(s) have been enqueued, but may not have been displayed" for each refusal.
                message.rendered();
                messages.add(new FieldMessage(id == null ? "" : id, message.getSummary()));
            }
        }
        return messages;
    }
}
