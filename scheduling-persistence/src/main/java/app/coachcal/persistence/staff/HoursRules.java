package app.coachcal.persistence.staff;

import app.coachcal.domain.officehours.TimeOff;
import app.coachcal.domain.request.CancelReasonField;
import app.coachcal.persistence.rules.BusinessRulesRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalTime;
import java.util.List;

/**
 * Checks a change to office hours before it is written, in the coach's words: end after start, on the
 * {@code slot_granularity} grid, no overlap with the coach's other entries of that day.
 */
@ApplicationScoped
public class HoursRules {

    static final int MAX_REASON = 200;

    @Inject
    private BusinessRulesRepository rules;

    public void check(HoursChange change, HoursEntries entries) {
        if (change instanceof HoursChange.AddWindow add) {
            window("window", add.start(), add.end());
            List<LocalTime[]> sameDay = entries.windows().stream().filter(e -> e.value().day() == add.day())
                    .map(e -> new LocalTime[] {e.value().start(), e.value().end()}).toList();
            noOverlap("window-start", add.start(), add.end(), sameDay,
                    "These hours overlap other office hours on that weekday.");
        } else if (change instanceof HoursChange.AddExtraHours add) {
            window("extra", add.start(), add.end());
            List<LocalTime[]> sameDay = entries.extraHours().stream().filter(e -> e.value().date().equals(add.date()))
                    .map(e -> new LocalTime[] {e.value().start(), e.value().end()}).toList();
            noOverlap("extra-start", add.start(), add.end(), sameDay,
                    "These hours overlap other extra hours on that date.");
        } else if (change instanceof HoursChange.AddTimeOff add) {
            if (add.last().isBefore(add.first())) {
                throw new HoursRefused("off-last", "The last day of time off must be the same as or after the first day.");
            }
            TimeOff days = new TimeOff(add.first(), add.last());
            if (entries.timeOff().stream().anyMatch(e -> OfficeHoursEditor.overlaps(e.days(), days))) {
                throw new HoursRefused("off-first", "This time off overlaps time off you already have.");
            }
            if (add.reason() != null && (add.reason().length() > MAX_REASON || hasControl(add.reason()))) {
                throw new HoursRefused("off-reason", "The reason must be " + MAX_REASON + " characters or fewer.");
            }
        } else if (!present(change, entries)) {
            throw new HoursRefused("", "That entry no longer exists; the page shows your hours as they are now.");
        }
    }

    /** The reason given for cancelling calls, by the one rule of {@link CancelReasonField}. */
    public String cancelReason(String reason) {
        return CancelReasonField.parse(reason, "the clients").fold(text -> text, error -> {
            throw new HoursRefused(error.field(), error.message());
        });
    }

    private void window(String prefix, LocalTime start, LocalTime end) {
        int grid = (int) rules.current().slotGranularity().toMinutes();
        if (minutes(start) % grid != 0) {
            throw new HoursRefused(prefix + "-start", "The start time must be on the " + grid + "-minute grid, for example 09:00 or "
                    + LocalTime.of(9, 0).plusMinutes(grid) + ".");
        }
        if (!end.equals(LocalTime.MIDNIGHT) && minutes(end) % grid != 0) {
            throw new HoursRefused(prefix + "-end", "The end time must be on the " + grid + "-minute grid.");
        }
        if (minutes(end) <= minutes(start) && !end.equals(LocalTime.MIDNIGHT)) {
            throw new HoursRefused(prefix + "-end", "The end time must be after the start time.");
        }
    }

    private static void noOverlap(String field, LocalTime start, LocalTime end, List<LocalTime[]> others, String message) {
        int from = minutes(start);
        int to = endMinutes(end);
        for (LocalTime[] other : others) {
            if (from < endMinutes(other[1]) && minutes(other[0]) < to) {
                throw new HoursRefused(field, message);
            }
        }
    }

    private static boolean present(HoursChange change, HoursEntries entries) {
        if (change instanceof HoursChange.RemoveWindow remove) {
            return entries.windows().stream().anyMatch(e -> e.id() == remove.id());
        }
        if (change instanceof HoursChange.RemoveTimeOff remove) {
            return entries.timeOff().stream().anyMatch(e -> e.id() == remove.id());
        }
        if (change instanceof HoursChange.RemoveExtraHours remove) {
            return entries.extraHours().stream().anyMatch(e -> e.id() == remove.id());
        }
        return false;
    }

    private static boolean hasControl(String text) {
        return text.chars().anyMatch(Character::isISOControl);
    }

    private static int minutes(LocalTime time) {
        return time.getHour() * 60 + time.getMinute();
    }

    private static int endMinutes(LocalTime end) {
        return end.equals(LocalTime.MIDNIGHT) ? 24 * 60 : minutes(end);
    }
}
