package app.coachcal.persistence.admin;

import java.util.List;

/**
 * Future booked calls that an admin change would orphan: the admin must see them and decide (keep where
 * that is possible, or cancel with a reason) before the change is saved. Nothing was written.
 */
public final class CallsPending extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<FutureCalls.Call> calls;

    public CallsPending(List<FutureCalls.Call> calls) {
        super("future calls need a decision", null, false, false);
        this.calls = List.copyOf(calls);
    }

    public List<FutureCalls.Call> calls() {
        return calls;
    }
}
