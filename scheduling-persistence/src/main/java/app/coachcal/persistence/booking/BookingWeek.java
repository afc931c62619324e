package app.coachcal.persistence.booking;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One week (Monday to Sunday, in the client's zone) of their coach's free slots, and the weeks a client
 * may go to from it: none before the current week, none after the one that holds the last day of
 * {@code booking_horizon}.
 */
public record BookingWeek(LocalDate monday, Availability availability, LocalDate firstMonday, LocalDate lastMonday) {

    public Optional<LocalDate> previous() {
        return monday.isAfter(firstMonday) ? Optional.of(monday.minusWeeks(1)) : Optional.empty();
    }

    public Optional<LocalDate> next() {
        return monday.isBefore(lastMonday) ? Optional.of(monday.plusWeeks(1)) : Optional.empty();
    }
}
