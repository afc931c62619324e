package app.coachcal.persistence.booking;

import app.coachcal.persistence.appointment.AppointmentView;
import java.util.List;

/**
 * What a client sees on their start page: booked calls still to come, calls their coach cancelled
 * (with the reason given) and their booked calls of the recent past, within {@code history_window}.
 */
public record MyCalls(List<AppointmentView> upcoming, List<AppointmentView> cancelledByCoach,
                      List<AppointmentView> past) {

    public MyCalls {
        upcoming = List.copyOf(upcoming);
        cancelledByCoach = List.copyOf(cancelledByCoach);
        past = List.copyOf(past);
    }

    public boolean isEmpty() {
        return upcoming.isEmpty() && cancelledByCoach.isEmpty() && past.isEmpty();
    }
}
