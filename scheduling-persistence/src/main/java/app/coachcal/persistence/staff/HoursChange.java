package app.coachcal.persistence.staff;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * One change a coach makes to their office hours. An end of 00:00 means midnight (24:00).
 *
 * <pre>{@code
 * HoursChange change = new HoursChange.AddTimeOff(LocalDate.parse("2026-12-24"), LocalDate.parse("2026-12-26"), "Holiday");
 * }</pre>
 */
public sealed interface HoursChange {

    record AddWindow(DayOfWeek day, LocalTime start, LocalTime end) implements HoursChange {
    }

    record RemoveWindow(long id) implements HoursChange {
    }

    record AddTimeOff(LocalDate first, LocalDate last, String reason) implements HoursChange {
    }

    record RemoveTimeOff(long id) implements HoursChange {
    }

    record AddExtraHours(LocalDate date, LocalTime start, LocalTime end) implements HoursChange {
    }

    record RemoveExtraHours(long id) implements HoursChange {
    }
}
