package app.coachcal.domain.booking;

import app.coachcal.domain.time.TimeRange;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The calendar month, in the client's zone, that rule {@code monthly_call_limit} counts a call in.
 * Count the client's booked calls whose start lies in {@link #range()}.
 */
public record CallMonth(YearMonth month, ZoneId clientZone) {

    public CallMonth {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(clientZone, "clientZone");
    }

    /** The month that a call starting at {@code start} belongs to for a client in {@code clientZone}. */
    public static CallMonth of(Instant start, ZoneId clientZone) {
        return new CallMonth(YearMonth.from(start.atZone(clientZone)), clientZone);
    }

    /** From the first midnight of the month to the first midnight of the next, in the client's zone. */
    public TimeRange range() {
        return new TimeRange(month.atDay(1).atStartOfDay(clientZone).toInstant(),
                month.plusMonths(1).atDay(1).atStartOfDay(clientZone).toInstant());
    }
}
