package app.coachcal.persistence.staff;

import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

/** A call of one of the coach's clients, as the coach sees it. */
public record StaffCall(UUID id, Instant start, Instant end, String status, String cancelReason,
                        String clientName, String clientEmail, ZoneId clientZone) {

    public boolean isBooked() {
        return "booked".equals(status);
    }
}
