package app.coachcal.admin.staff;

import app.coachcal.admin.Times;
import app.coachcal.persistence.staff.HoursChange;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * Turns the office-hours form fields into a {@link HoursChange}, reporting a bad field by id, and writes a
 * change as the query string of the confirmation page (so that it survives the redirect and a bookmark).
 *
 * <pre>{@code
 * Optional<HoursChange> change = HoursForm.window("3", "09:00", "12:00", (field, message) -> Pages.error(faces, field, message));
 * String query = HoursForm.query(change.get());   // kind=add-window&day=3&start=09:00&end=12:00
 * }</pre>
 */
public final class HoursForm {

    private HoursForm() {
    }

    public static Optional<HoursChange> window(String day, String start, String end, BiConsumer<String, String> error) {
        Optional<DayOfWeek> weekday = weekday(day);
        if (weekday.isEmpty()) {
            error.accept("window-day", "Choose a weekday.");
        }
        Optional<LocalTime[]> times = times("window", start, end, error);
        if (weekday.isEmpty() || times.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new HoursChange.AddWindow(weekday.get(), times.get()[0], times.get()[1]));
    }

    public static Optional<HoursChange> extra(String date, String start, String end, BiConsumer<String, String> error) {
        Optional<LocalDate> day = Times.date(date);
        if (day.isEmpty()) {
            error.accept("extra-date", "Enter the date as YYYY-MM-DD, for example 2026-12-24.");
        }
        Optional<LocalTime[]> times = times("extra", start, end, error);
        if (day.isEmpty() || times.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new HoursChange.AddExtraHours(day.get(), times.get()[0], times.get()[1]));
    }

    public static Optional<HoursChange> timeOff(String first, String last, String reason, BiConsumer<String, String> error) {
        Optional<LocalDate> from = Times.date(first);
        if (from.isEmpty()) {
            error.accept("off-first", "Enter the first day off as YYYY-MM-DD, for example 2026-12-24.");
            return Optional.empty();
        }
        Optional<LocalDate> to = last == null || last.isBlank() ? from : Times.date(last);
        if (to.isEmpty()) {
            error.accept("off-last", "Enter the last day off as YYYY-MM-DD, or leave it empty for one day.");
            return Optional.empty();
        }
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        return Optional.of(new HoursChange.AddTimeOff(from.get(), to.get(), why));
    }

    private static Optional<LocalTime[]> times(String prefix, String start, String end, BiConsumer<String, String> error) {
        Optional<LocalTime> from = Times.time(start).filter(time -> !"24:00".equals(start.strip()));
        Optional<LocalTime> to = Times.time(end);
        if (from.isEmpty()) {
            error.accept(prefix + "-start", "Enter the start time as HH:MM (24-hour), for example 09:00.");
        }
        if (to.isEmpty()) {
            error.accept(prefix + "-end", "Enter the end time as HH:MM (24-hour), for example 17:00; 24:00 is midnight.");
        }
        return from.isPresent() && to.isPresent() ? Optional.of(new LocalTime[] {from.get(), to.get()}) : Optional.empty();
    }

    private static Optional<DayOfWeek> weekday(String day) {
        return day != null && day.matches("[1-7]") ? Optional.of(DayOfWeek.of(Integer.parseInt(day))) : Optional.empty();
    }

    /** The change as query parameters of {@code /staff/hours-confirm}. */
    public static String query(HoursChange change) {
        Map<String, String> params = new LinkedHashMap<>();
        if (change instanceof HoursChange.AddWindow add) {
            params.put("kind", "add-window");
            params.put("day", Integer.toString(add.day().getValue()));
            params.put("start", Times.clock(add.start()));
            params.put("end", Times.windowEnd(add.end()));
        } else if (change instanceof HoursChange.AddExtraHours add) {
            params.put("kind", "add-extra");
            params.put("date", add.date().toString());
            params.put("start", Times.clock(add.start()));
            params.put("end", Times.windowEnd(add.end()));
        } else if (change instanceof HoursChange.AddTimeOff add) {
            params.put("kind", "add-time-off");
            params.put("first", add.first().toString());
            params.put("last", add.last().toString());
            if (add.reason() != null) {
                params.put("note", add.reason());
            }
        } else if (change instanceof HoursChange.RemoveWindow remove) {
            params.put("kind", "remove-window");
            params.put("entry", Long.toString(remove.id()));
        } else if (change instanceof HoursChange.RemoveTimeOff remove) {
            params.put("kind", "remove-time-off");
            params.put("entry", Long.toString(remove.id()));
        } else if (change instanceof HoursChange.RemoveExtraHours remove) {
            params.put("kind", "remove-extra");
            params.put("entry", Long.toString(remove.id()));
        }
        StringBuilder query = new StringBuilder();
        params.forEach((key, value) -> query.append(query.length() == 0 ? "" : "&").append(key).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return query.toString();
    }

    /** The change named by the confirmation page's query parameters, if they make one. */
    public static Optional<HoursChange> fromQuery(Map<String, String> params) {
        BiConsumer<String, String> ignore = (field, message) -> { };
        String kind = params.getOrDefault("kind", "");
        return switch (kind) {
            case "add-window" -> window(params.get("day"), params.get("start"), params.get("end"), ignore);
            case "add-extra" -> extra(params.get("date"), params.get("start"), params.get("end"), ignore);
            case "add-time-off" -> timeOff(params.get("first"), params.get("last"), params.get("note"), ignore);
            case "remove-window" -> entry(params).map(HoursChange.RemoveWindow::new);
            case "remove-time-off" -> entry(params).map(HoursChange.RemoveTimeOff::new);
            case "remove-extra" -> entry(params).map(HoursChange.RemoveExtraHours::new);
            default -> Optional.empty();
        };
    }

    private static Optional<Long> entry(Map<String, String> params) {
        String entry = params.get("entry");
        return entry != null && entry.matches("[0-9]{1,18}") ? Optional.of(Long.parseLong(entry)) : Optional.empty();
    }
}
