package app.coachcal.persistence.sql;

import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.RequestScoped;
import java.util.OptionalLong;

/**
 * Who the current request acts for, once the sign-in check has found them: the acting user of every
 * transaction the request runs ({@link ActsForTheCaller}). Empty for an anonymous request and outside
 * any request (start-up), which row-level security answers with no rows.
 */
@RequestScoped
public class RequestCaller {

    private Long id;

    /** Records the caller's internal id where a request is under way; outside one there is nothing to record. */
    public static void record(RequestCaller request, long userId) {
        try {
            request.is(userId);
        } catch (ContextNotActiveException outsideARequest) {
            // Start-up, or a container thread without a request: nobody acts but who a transaction names itself.
        }
    }

    /** The caller of the request under way; empty when nobody signed in or no request is under way. */
    public static OptionalLong of(RequestCaller request) {
        try {
            return request.id();
        } catch (ContextNotActiveException outsideARequest) {
            return OptionalLong.empty();
        }
    }

    public void is(long userId) {
        this.id = userId;
    }

    public OptionalLong id() {
        return id == null ? OptionalLong.empty() : OptionalLong.of(id);
    }
}
