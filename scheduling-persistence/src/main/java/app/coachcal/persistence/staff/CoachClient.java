package app.coachcal.persistence.staff;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/** A current client of a coach, with their next booked call if any. */
public record CoachClient(String name, String email, ZoneId zone, Optional<Instant> nextCall) {
}
