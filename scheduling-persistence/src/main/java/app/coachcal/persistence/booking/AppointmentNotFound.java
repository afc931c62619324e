package app.coachcal.persistence.booking;

/** No call with that id belongs to the caller; whether it exists for someone else is never told. */
public final class AppointmentNotFound extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AppointmentNotFound() {
        super("no such appointment", null, false, false);
    }
}
