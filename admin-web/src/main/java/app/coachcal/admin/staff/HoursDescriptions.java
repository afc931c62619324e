package app.coachcal.admin.staff;

import app.coachcal.admin.Times;
import app.coachcal.persistence.staff.HoursChange;
import java.time.format.TextStyle;
import java.util.Locale;

/** A change to office hours in words, for the confirmation page: "Remove weekly hours (entry 12)". */
final class HoursDescriptions {

    private HoursDescriptions() {
    }

    static String of(HoursChange change) {
        if (change instanceof HoursChange.AddWindow add) {
            return "Add weekly hours: " + add.day().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " "
                    + Times.clock(add.start()) + "–" + Times.windowEnd(add.end());
        }
        if (change instanceof HoursChange.AddExtraHours add) {
            return "Add extra hours: " + Times.shortDay(add.date()) + ", " + Times.clock(add.start()) + "–"
                    + Times.windowEnd(add.end());
        }
        if (change instanceof HoursChange.AddTimeOff add) {
            return "Add time off: " + Times.shortDay(add.first())
                    + (add.first().equals(add.last()) ? "" : " to " + Times.shortDay(add.last()))
                    + (add.reason() == null ? "" : " (" + add.reason() + ")");
        }
        if (change instanceof HoursChange.RemoveWindow) {
            return "Remove weekly hours";
        }
        if (change instanceof HoursChange.RemoveTimeOff) {
            return "Remove time off";
        }
        return change == null ? "" : "Remove extra hours";
    }
}
