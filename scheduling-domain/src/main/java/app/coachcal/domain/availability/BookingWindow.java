package app.coachcal.domain.availability;

import app.coachcal.domain.rules.BusinessRules;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * When a call may start, as of {@code now}: after now, at least {@code booking_notice} ahead and at most
 * {@code booking_horizon} ahead. The one place these comparisons are written: {@link SlotCalculator} offers
 * only starts it {@link #allows}, and {@code BookingPolicy} refuses the others with the matching reason.
 */
public record BookingWindow(Instant now, BusinessRules rules) {

    public BookingWindow {
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(rules, "rules");
    }

    public boolean isInThePast(Instant start) {
        return !start.isAfter(now);
    }

    public boolean isTooSoon(Instant start) {
        return start.isBefore(now.plus(rules.bookingNotice()));
    }

    public boolean isTooFarAhead(Instant start) {
        return start.isAfter(now.plus(rules.bookingHorizon()));
    }

    /** The date, in {@code zone}, of the last moment a call may start ({@code booking_horizon}). */
    public LocalDate lastDay(ZoneId zone) {
        return LocalDate.ofInstant(now.plus(rules.bookingHorizon()), zone);
    }

    public boolean allows(Instant start) {
        return !isInThePast(start) && !isTooSoon(start) && !isTooFarAhead(start);
    }
}
