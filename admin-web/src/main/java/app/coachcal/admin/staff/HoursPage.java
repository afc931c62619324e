package app.coachcal.admin.staff;

import app.coachcal.admin.Redirects;
import app.coachcal.admin.SignedIn;
import app.coachcal.admin.Times;
import app.coachcal.persistence.people.Caller;
import app.coachcal.persistence.people.Role;
import app.coachcal.persistence.staff.HoursChange;
import app.coachcal.persistence.staff.HoursEntries;
import app.coachcal.persistence.staff.HoursRefused;
import app.coachcal.persistence.staff.OfficeHoursEditor;
import app.coachcal.persistence.staff.StrandedCalls;
import app.coachcal.web.faces.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Office hours ({@code /staff/hours}): weekly windows, time off and extra hours, each added or removed
 * with its own form. A change that would leave booked calls outside the hours goes to
 * {@code /staff/hours-confirm} instead of being saved.
 */
@Named("staff.officeHours")
@RequestScoped
public class HoursPage {

    /** One entry as a table row, with the label of its remove button. */
    public record Line(long id, String when, String note, String remove) {
    }

    @Inject
    private SignedIn signedIn;
    @Inject
    private OfficeHoursEditor editor;
    @Inject
    private FacesContext faces;

    private Caller coach;
    private HoursEntries entries;
    private String windowDay;
    private String windowStart;
    private String windowEnd;
    private String offFirst;
    private String offLast;
    private String offReason;
    private String extraDate;
    private String extraStart;
    private String extraEnd;

    private boolean loaded;

    private void ensureLoaded() {
        if (!loaded) {
            load();
        }
    }

    public void load() {
        loaded = true;
        coach = signedIn.as(Role.COACH).orElse(null);
        if (coach != null) {
            entries = editor.entries(coach);
        }
    }

    public String addWindow() {
        return save(HoursForm.window(windowDay, windowStart, windowEnd, this::error), "window-added");
    }

    public String addTimeOff() {
        return save(HoursForm.timeOff(offFirst, offLast, offReason, this::error), "time-off-added");
    }

    public String addExtraHours() {
        return save(HoursForm.extra(extraDate, extraStart, extraEnd, this::error), "extra-hours-added");
    }

    public String removeWindow(long id) {
        return save(Optional.of(new HoursChange.RemoveWindow(id)), "window-removed");
    }

    public String removeTimeOff(long id) {
        return save(Optional.of(new HoursChange.RemoveTimeOff(id)), "time-off-removed");
    }

    public String removeExtraHours(long id) {
        return save(Optional.of(new HoursChange.RemoveExtraHours(id)), "extra-hours-removed");
    }

    private String save(Optional<HoursChange> change, String done) {
        load();
        if (coach == null || change.isEmpty()) {
            return null;
        }
        try {
            editor.change(coach, change.get(), null, null, null);
            return Redirects.to(faces, "/staff/hours?done=" + done);
        } catch (StrandedCalls stranded) {
            return Redirects.to(faces, "/staff/hours-confirm?" + HoursForm.query(change.get()));
        } catch (HoursRefused refused) {
            error(refused.field(), refused.getMessage());
            return null;
        }
    }

    private void error(String field, String message) {
        Pages.error(faces, field, message);
    }

    public List<Line> getWindows() {
        ensureLoaded();
        return entries.windows().stream().map(entry -> {
            String when = dayName(entry.value().day()) + " " + Times.clock(entry.value().start()) + "–"
                    + Times.windowEnd(entry.value().end());
            return new Line(entry.id(), when, "", "Remove " + when);
        }).toList();
    }

    public List<Line> getTimeOff() {
        ensureLoaded();
        return entries.timeOff().stream().map(entry -> {
            String when = entry.days().first().equals(entry.days().last()) ? Times.shortDay(entry.days().first())
                    : Times.shortDay(entry.days().first()) + " to " + Times.shortDay(entry.days().last());
            return new Line(entry.id(), when, entry.reason() == null ? "" : entry.reason(), "Remove time off " + when);
        }).toList();
    }

    public List<Line> getExtraHours() {
        ensureLoaded();
        return entries.extraHours().stream().map(entry -> {
            String when = Times.shortDay(entry.value().date()) + ", " + Times.clock(entry.value().start()) + "–"
                    + Times.windowEnd(entry.value().end());
            return new Line(entry.id(), when, "", "Remove extra hours " + when);
        }).toList();
    }

    public List<DayOfWeek> getWeekdays() {
        return List.of(DayOfWeek.values());
    }

    public String dayName(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    public String getZone() {
        ensureLoaded();
        return coach.zone().getId();
    }

    public String getWindowDay() {
        return windowDay;
    }

    public void setWindowDay(String windowDay) {
        this.windowDay = windowDay;
    }

    public String getWindowStart() {
        return windowStart;
    }

    public void setWindowStart(String windowStart) {
        this.windowStart = windowStart;
    }

    public String getWindowEnd() {
        return windowEnd;
    }

    public void setWindowEnd(String windowEnd) {
        this.windowEnd = windowEnd;
    }

    public String getOffFirst() {
        return offFirst;
    }

    public void setOffFirst(String offFirst) {
        this.offFirst = offFirst;
    }

    public String getOffLast() {
        return offLast;
    }

    public void setOffLast(String offLast) {
        this.offLast = offLast;
    }

    public String getOffReason() {
        return offReason;
    }

    public void setOffReason(String offReason) {
        this.offReason = offReason;
    }

    public String getExtraDate() {
        return extraDate;
    }

    public void setExtraDate(String extraDate) {
        this.extraDate = extraDate;
    }

    public String getExtraStart() {
        return extraStart;
    }

    public void setExtraStart(String extraStart) {
        this.extraStart = extraStart;
    }

    public String getExtraEnd() {
        return extraEnd;
    }

    public void setExtraEnd(String extraEnd) {
        this.extraEnd = extraEnd;
    }
}
