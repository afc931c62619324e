package app.coachcal.persistence.staff;

import app.coachcal.domain.officehours.ExtraHours;
import app.coachcal.domain.officehours.OfficeHours;
import app.coachcal.domain.officehours.TimeOff;
import app.coachcal.domain.officehours.WeeklyWindow;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** A coach's office hours with the id of each entry, so that the page can remove one. */
public record HoursEntries(List<Entry<WeeklyWindow>> windows, List<TimeOffEntry> timeOff,
                           List<Entry<ExtraHours>> extraHours) {

    public record Entry<T>(long id, T value) {
    }

    public record TimeOffEntry(long id, TimeOff days, String reason) {
    }

    public OfficeHours officeHours(ZoneId coachZone) {
        return new OfficeHours(coachZone, windows.stream().map(Entry::value).toList(),
                timeOff.stream().map(TimeOffEntry::days).toList(), extraHours.stream().map(Entry::value).toList());
    }

    /** The office hours as they would be after the change. */
    public OfficeHours after(HoursChange change, ZoneId coachZone) {
        List<WeeklyWindow> weekly = new ArrayList<>(windows.stream().map(Entry::value).toList());
        List<TimeOff> off = new ArrayList<>(timeOff.stream().map(TimeOffEntry::days).toList());
        List<ExtraHours> extra = new ArrayList<>(extraHours.stream().map(Entry::value).toList());
        if (change instanceof HoursChange.AddWindow add) {
            weekly.add(new WeeklyWindow(add.day(), add.start(), add.end()));
        } else if (change instanceof HoursChange.RemoveWindow remove) {
            weekly = windows.stream().filter(entry -> entry.id() != remove.id()).map(Entry::value).toList();
        } else if (change instanceof HoursChange.AddTimeOff add) {
            off.add(new TimeOff(add.first(), add.last()));
        } else if (change instanceof HoursChange.RemoveTimeOff remove) {
            off = timeOff.stream().filter(entry -> entry.id() != remove.id()).map(TimeOffEntry::days).toList();
        } else if (change instanceof HoursChange.AddExtraHours add) {
            extra.add(new ExtraHours(add.date(), add.start(), add.end()));
        } else if (change instanceof HoursChange.RemoveExtraHours remove) {
            extra = extraHours.stream().filter(entry -> entry.id() != remove.id()).map(Entry::value).toList();
        }
        return new OfficeHours(coachZone, weekly, off, extra);
    }
}
