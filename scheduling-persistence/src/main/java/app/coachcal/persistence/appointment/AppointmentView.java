package app.coachcal.persistence.appointment;

import app.coachcal.persistence.people.Person;
import java.time.Instant;
import java.util.UUID;

/** A call as its client or coach sees it: public ids only. */
public record AppointmentView(UUID id, Instant start, Instant end, String status, String cancelReason,
                              Person coach, Person client) {
}
