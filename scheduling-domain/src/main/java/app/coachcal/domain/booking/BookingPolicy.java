package app.coachcal.domain.booking;

import app.coachcal.domain.availability.BookingWindow;
import app.coachcal.domain.availability.Clearance;
import app.coachcal.domain.availability.SlotGrid;
import app.coachcal.domain.officehours.OfficeHours;
import app.coachcal.domain.rules.BusinessRules;
import app.coachcal.domain.time.TimeRange;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * Whether a client may book, move or cancel a call, or list past calls, under the business rules, as
 * of the clock's now. Checks that need other calls (overlaps) are in {@link #checkNotTaken}; the database
 * checks them again.
 */
public final class BookingPolicy {

    private final BusinessRules rules;
    private final Clock clock;

    public BookingPolicy(BusinessRules rules, Clock clock) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The range to book for a call at {@code start} (ending at {@code endOrNull}, or after one call's length
     * when null), or the first rule it breaks. {@code bookedCallsInThatMonth} counts the client's booked
     * calls in {@link CallMonth#of(Instant, ZoneId) CallMonth.of(start, clientZone)}.
     */
    public Decision<TimeRange> checkBooking(Instant start, Instant endOrNull, OfficeHours hours, ZoneId clientZone,
            int bookedCallsInThatMonth) {
        Objects.requireNonNull(clientZone, "clientZone");
        BookingWindow bookable = new BookingWindow(clock.instant(), rules);
        if (endOrNull != null && !Duration.between(start, endOrNull).equals(rules.callLength())) {
            return Decision.refused(Refusal.WRONG_LENGTH);
        }
        TimeRange call = TimeRange.of(start, rules.callLength());
        if (bookable.isInThePast(start)) {
            return Decision.refused(Refusal.IN_THE_PAST);
        }
        if (bookable.isTooSoon(start)) {
            return Decision.refused(Refusal.TOO_SOON);
        }
        if (bookable.isTooFarAhead(start)) {
            return Decision.refused(Refusal.TOO_FAR_AHEAD);
        }
        if (!new SlotGrid(hours.coachZone(), rules.slotGranularity()).contains(start)) {
            return Decision.refused(Refusal.OFF_GRANULARITY);
        }
        if (!hours.covers(call)) {
            return Decision.refused(Refusal.OUTSIDE_OFFICE_HOURS);
        }
        if (isMonthFull(bookedCallsInThatMonth)) {
            return Decision.refused(Refusal.MONTHLY_LIMIT_REACHED);
        }
        return Decision.accepted(call);
    }

    /**
     * The range to move the call {@code current} to, or the first rule it breaks: first {@code change_notice}
     * on the current start, then the booking rules for the new start. {@code bookedCallsInNewMonth} counts
     * all the client's booked calls in the new start's month, the moved call included; it is left out here.
     */
    public Decision<TimeRange> checkMove(TimeRange current, Instant newStart, Instant newEndOrNull, OfficeHours hours,
            ZoneId clientZone, int bookedCallsInNewMonth) {
        if (tooLateToChange(current)) {
            return Decision.refused(Refusal.CHANGE_TOO_LATE);
        }
        boolean sameMonth = CallMonth.of(current.start(), clientZone).equals(CallMonth.of(newStart, clientZone));
        int othersInMonth = sameMonth ? Math.max(0, bookedCallsInNewMonth - 1) : bookedCallsInNewMonth;
        return checkBooking(newStart, newEndOrNull, hours, clientZone, othersInMonth);
    }

    /** The call to cancel, or {@code change-too-late} within {@code change_notice} of its start. */
    public Decision<TimeRange> checkCancel(TimeRange current) {
        return tooLateToChange(current) ? Decision.refused(Refusal.CHANGE_TOO_LATE) : Decision.accepted(current);
    }

    /** The first day to list past calls from, or {@code history-too-far-back} before {@link #earliestHistoryDay}. */
    public Decision<LocalDate> checkHistoryFrom(LocalDate from, ZoneId clientZone) {
        return from.isBefore(earliestHistoryDay(clientZone)) ? Decision.refused(Refusal.HISTORY_TOO_FAR_BACK)
                : Decision.accepted(from);
    }

    /** Today (in {@code zone}) minus {@code history_window}: the first day whose past calls a client may list. */
    public LocalDate earliestHistoryDay(ZoneId zone) {
        return LocalDate.now(clock.withZone(zone)).minusWeeks(rules.historyWindowWeeks());
    }

    /** Whether a client with this many booked calls in a month may book no more there ({@code monthly_call_limit}). */
    public boolean isMonthFull(int bookedCallsInMonth) {
        return bookedCallsInMonth >= rules.monthlyCallLimit();
    }

    /** The last moment a client may still move or cancel {@code call}: its start minus {@code change_notice}. */
    public Instant changeDeadline(TimeRange call) {
        return call.start().minus(rules.changeNotice());
    }

    /**
     * {@code call} itself, or {@code slot-taken} when it comes within {@code buffer} of one of the coach's
     * calls or overlaps one of the client's. When moving, leave the call being moved out of both lists.
     */
    public Decision<TimeRange> checkNotTaken(TimeRange call, List<TimeRange> coachBooked, List<TimeRange> clientBooked) {
        return Clearance.isClear(call, rules.buffer(), coachBooked, clientBooked) ? Decision.accepted(call)
                : Decision.refused(Refusal.SLOT_TAKEN);
    }

    private boolean tooLateToChange(TimeRange current) {
        return clock.instant().isAfter(changeDeadline(current));
    }
}
