package app.coachcal.admin.staff;

import app.coachcal.admin.SignedIn;
import app.coachcal.admin.Times;
import app.coachcal.domain.availability.Slot;
import app.coachcal.domain.request.WeeksField;
import app.coachcal.persistence.people.Caller;
import app.coachcal.persistence.people.Role;
import app.coachcal.persistence.staff.CoachDesk;
import app.coachcal.web.faces.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Preview: the free slots the coach's clients are offered, computed as the client view computes them
 * (office hours, booked calls, notice, horizon, granularity), by day in the coach's zone ({@code /staff/preview}).
 */
@Named("staff.preview")
@RequestScoped
public class PreviewPage {

    static final int DEFAULT_WEEKS = 2;

    /** A day with its free start times. */
    public record Day(String heading, List<String> slots) {
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
    private String weeks;
    private List<Day> days;
    private int slotCount;
    private boolean capped;

    private String zone;

    public void load() {
        Caller coach = signedIn.as(Role.COACH).orElse(null);
        if (coach == null) {
            return;
        }
        zone = coach.zone().getId();
        LocalDate today = LocalDate.now(clock.withZone(coach.zone()));
        LocalDate start = today;
        if (from != null && !from.isBlank()) {
            start = Times.date(from).orElse(null);
            if (start == null) {
                Pages.error(faces, "from", "Enter the first day as YYYY-MM-DD, for example " + today + ".");
                start = today;
            }
        }
        int count = DEFAULT_WEEKS;
        if (weeks != null && !weeks.isBlank()) {
            count = WeeksField.parse(weeks.strip()).fold(asked -> asked, error -> {
                Pages.error(faces, error.field(), error.message());
                return DEFAULT_WEEKS;
            });
        }
        from = start.toString();
        List<Slot> slots = desk.preview(coach, start, count);
        slotCount = slots.size();
        Map<LocalDate, List<String>> byDay = new LinkedHashMap<>();
        for (Slot slot : slots) {
            byDay.computeIfAbsent(slot.start().atZone(coach.zone()).toLocalDate(), day -> new java.util.ArrayList<>())
                    .add(Times.clock(slot.start(), coach.zone()));
        }
        days = byDay.entrySet().stream().map(entry -> new Day(Times.day(entry.getKey()), entry.getValue())).toList();
        int covered = desk.cappedWeeks(count);
        capped = covered < count;
        weeks = Integer.toString(covered);
    }

    public List<Day> getDays() {
        return days;
    }

    /** True when more weeks were asked for than the {@code lookahead_cap} rule allows. */
    public boolean isCapped() {
        return capped;
    }

    public int getSlotCount() {
        return slotCount;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getWeeks() {
        return weeks;
    }

    public void setWeeks(String weeks) {
        this.weeks = weeks;
    }

    /** The coach's zone, named where the page gives times "in your zone". */
    public String getZone() {
        return zone;
    }
}
