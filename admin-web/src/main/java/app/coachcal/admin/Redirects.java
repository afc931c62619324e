package app.coachcal.admin;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Post-redirect-get to the extensionless address a person reads and bookmarks ({@code /staff/hours?done=...}),
 * rather than the {@code .xhtml} address a Faces navigation outcome would give.
 *
 * <pre>{@code
 * return Redirects.to(faces, "/staff/hours?done=window-added");
 * }</pre>
 */
public final class Redirects {

    private Redirects() {
    }

    /** Sends the redirect and ends the request; returns null, the action outcome for "no navigation". */
    public static String to(FacesContext faces, String pathAndQuery) {
        ExternalContext external = faces.getExternalContext();
        try {
            external.redirect(external.getRequestContextPath() + pathAndQuery);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
        return null;
    }
}
