package app.coachcal.persistence.booking;

import app.coachcal.persistence.appointment.AppointmentView;
import java.time.Instant;

/** A client's booked call, and until when ({@code change_notice} before it starts) they may move or cancel it. */
public record CallChange(AppointmentView call, Instant changeUntil, boolean stillPossible) {
}
