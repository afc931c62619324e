package app.coachcal.web.client;

import app.coachcal.domain.booking.Refusal;
import app.coachcal.persistence.booking.CallChange;
import java.time.ZoneId;

/**
 * The message for a call that can no longer be moved or cancelled: the rule's own words, then until
 * when it was possible, e.g. "It is too late to move or cancel this call. You could cancel it until
 * Mon 30 Nov 2026, 09:00 (America/New_York)."
 */
final class TooLate {

    private TooLate() {
    }

    static String message(CallChange call, ZoneId zone, String verb) {
        return Refusal.CHANGE_TOO_LATE.message() + " You could " + verb + " it until "
                + CallTimes.moment(call.changeUntil(), zone) + " (" + zone.getId() + ").";
    }
}
