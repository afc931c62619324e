package app.coachcal.admin.staff;

import app.coachcal.admin.SignedIn;
import app.coachcal.admin.Times;
import app.coachcal.persistence.people.Caller;
import app.coachcal.persistence.people.Role;
import app.coachcal.persistence.staff.CoachDesk;
import app.coachcal.persistence.staff.StaffCall;
import app.coachcal.web.faces.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/** My week: the calls of all the coach's clients, Monday to Sunday in the coach's zone ({@code /staff/?from=}). */
@Named("staff.week")
@RequestScoped
public class WeekPage {

    /** One day of the week and its calls. */
    public record Day(String id, String heading, List<CallLine> calls) {
    }

    /** A call as one line of the week. */
    public record CallLine(String id, String time, String client, String clientZone, boolean booked,
                           String cancelReason) {
    }

    @Inject
    private SignedIn signedIn;
    @Inject
    private CoachDesk desk;
    @Inject
    private FacesContext faces;
    @Inject
    private Clock clock;

    private String from;
    private Caller coach;
    private LocalDate monday;
    private List<Day> days;

    /** f:viewAction: reads {@code from} and loads the week. */
    public void load() {
        coach = signedIn.as(Role.COACH).orElse(null);
        if (coach == null) {
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(coach.zone()));
        LocalDate day = today;
        if (from != null && !from.isBlank()) {
            day = Times.date(from).orElse(null);
            if (day == null) {
                Pages.error(faces, "from", "Enter a date as YYYY-MM-DD, for example " + today + ".");
                day = today;
            }
        }
        monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<StaffCall> calls = desk.week(coach, monday);
        days = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            LocalDate date = monday.plusDays(i);
            List<CallLine> lines = calls.stream()
                    .filter(call -> call.start().atZone(coach.zone()).toLocalDate().equals(date))
                    .map(call -> new CallLine(call.id().toString(),
                            Times.clock(call.start(), coach.zone()) + "–" + Times.clock(call.end(), coach.zone()),
                            call.clientName(), call.clientZone().getId(), call.isBooked(), call.cancelReason()))
                    .toList();
            days.add(new Day("day-" + date, Times.day(date), lines));
        }
    }

    public String getHeading() {
        return "Week of " + Times.day(monday);
    }

    /** The page title names the week shown: "My week, week of Monday 7 December 2026". */
    public String getTitle() {
        return monday == null ? "My week" : "My week, week of " + Times.day(monday);
    }

    public String getZone() {
        return coach.zone().getId();
    }

    public String getPrevious() {
        return monday.minusWeeks(1).toString();
    }

    public String getNext() {
        return monday.plusWeeks(1).toString();
    }

    public List<Day> getDays() {
        return days;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }
}
