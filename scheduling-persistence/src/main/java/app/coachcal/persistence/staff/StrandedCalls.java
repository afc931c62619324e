package app.coachcal.persistence.staff;

import java.util.List;

/**
 * Booked calls that a change to office hours would leave outside the hours: the coach must decide
 * whether to keep or cancel them before the change is saved. Nothing was written.
 */
public final class StrandedCalls extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<StaffCall> calls;

    public StrandedCalls(List<StaffCall> calls) {
        super("calls outside the new office hours", null, false, false);
        this.calls = List.copyOf(calls);
    }

    public List<StaffCall> calls() {
        return calls;
    }
}
