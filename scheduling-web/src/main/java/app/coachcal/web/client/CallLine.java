package app.coachcal.web.client;

import app.coachcal.persistence.appointment.AppointmentView;
import java.time.ZoneId;

/**
 * One call as a page lists it: when, in the client's zone (named), the coach's local time when their
 * zone differs, and the short label that makes a Move or Cancel link unique.
 */
public record CallLine(String id, String when, String zone, String coachTime, String label, String coachName,
                       String cancelReason) {

    static CallLine of(AppointmentView call, ZoneId clientZone) {
        ZoneId coachZone = call.coach().zone();
        boolean sameClock = call.start().atZone(coachZone).toLocalDateTime()
                .equals(call.start().atZone(clientZone).toLocalDateTime());
        String coachTime = sameClock ? null
                : CallTimes.call(call.start(), call.end(), coachZone) + " for your coach (" + coachZone.getId() + ")";
        return new CallLine(call.id().toString(), CallTimes.call(call.start(), call.end(), clientZone),
                clientZone.getId(), coachTime, CallTimes.slot(call.start(), clientZone), call.coach().displayName(),
                call.cancelReason());
    }
}
