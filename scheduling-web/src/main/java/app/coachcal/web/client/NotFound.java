package app.coachcal.web.client;

import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Answers 404 (the site's "Page not found" page) for a call id that is malformed or not the client's
 * own, so a page never tells whether someone else's call exists.
 *
 * <pre>{@code
 * NotFound.send(faces);
 * }</pre>
 */
final class NotFound {

    private NotFound() {
    }

    static void send(FacesContext faces) {
        try {
            faces.getExternalContext().responseSendError(404, "Not found");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }
}
