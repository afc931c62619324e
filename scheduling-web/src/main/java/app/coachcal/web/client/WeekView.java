package app.coachcal.web.client;

import app.coachcal.domain.availability.Slot;
import app.coachcal.domain.booking.Refusal;
import app.coachcal.domain.request.FromField;
import app.coachcal.persistence.booking.BookingRefused;
import app.coachcal.persistence.booking.BookingWeek;
import app.coachcal.persistence.booking.CalendarQueries;
import app.coachcal.persistence.booking.CallChange;
import app.coachcal.persistence.people.Caller;
import app.coachcal.web.faces.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One week of the coach's free slots ({@code /book/?from=YYYY-MM-DD}), or the same week in "move" mode for
 * one call ({@code /calls/move?id=...&from=...}). Each slot is a GET form to the confirmation step.
 */
@Named("client.week")
@RequestScoped
public class WeekView {

    /** One day of the week under its own heading, with its free slots. */
    public record Day(String id, String heading, List<SlotChoice> slots) {
    }

    /** A free slot: the start to send, and what its button says ("Book Tue 1 Dec, 09:00"). */
    public record SlotChoice(String start, String label) {
    }

    @Inject
    private SignedInClient client;
    @Inject
    private CalendarQueries calendar;
    @Inject
    private FacesContext faces;
    @Inject
    private Clock clock;

    private static final DateTimeFormatter WEEK_OF = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    private BookingWeek week;
    private CallLine moving;
    private String from;
    private int lookaheadCap;

    /** View action of /book/. */
    public void load() {
        show(client.get(), LocalDate.now(clock.withZone(client.get().zone())));
    }

    /** View action of /calls/move: 404 unless {@code id} is one of the client's booked calls. */
    public void loadMove() {
        Caller caller = client.get();
        Optional<CallChange> call = OwnCall.of(faces, calendar, caller);
        if (call.isEmpty()) {
            NotFound.send(faces);
            return;
        }
        moving = CallLine.of(call.get().call(), caller.zone());
        if (!call.get().stillPossible()) {
            Pages.error(faces, "call", TooLate.message(call.get(), caller.zone(), "move"));
            return;
        }
        show(caller, LocalDate.ofInstant(call.get().call().start(), caller.zone()));
    }

    /** Shows the week of {@code from}, or else the week of {@code otherwise}. */
    private void show(Caller caller, LocalDate otherwise) {
        from = faces.getExternalContext().getRequestParameterMap().get("from");
        LocalDate day = otherwise;
        if (from != null && !from.isEmpty()) {
            day = FromField.parse(from).fold(valid -> valid, error -> {
                Pages.error(faces, "from", error.message());
                return otherwise;
            });
        }
        try {
            week = calendar.week(caller, day);
        } catch (BookingRefused refused) {
            if (refused.field() == null) {
                Pages.error(faces, "", refused.refusal().message());
            } else {
                week = calendar.week(caller, LocalDate.now(clock.withZone(caller.zone())));
                Pages.error(faces, refused.field(), weekRefused(refused.refusal()));
            }
        }
        lookaheadCap = calendar.lookaheadCap();
    }

    /** A chosen week that cannot be shown, in words about weeks (the rules' own words speak of a time). */
    private String weekRefused(Refusal refusal) {
        return switch (refusal) {
            case IN_THE_PAST -> "That week has already passed. Here is this week.";
            case TOO_FAR_AHEAD -> "That week is too far ahead to book yet: the last week you can book is the week of "
                    + WEEK_OF.format(week.lastMonday()) + ". Here is this week.";
            default -> refusal.message();
        };
    }

    public boolean isShown() {
        return week != null;
    }

    public boolean isMoving() {
        return moving != null;
    }

    public CallLine getCall() {
        return moving;
    }

    public String getFrom() {
        return from;
    }

    public String getWeekOf() {
        return week == null ? "" : CallTimes.shortDay(week.monday());
    }

    public String getMonday() {
        return week.monday().toString();
    }

    public String getZone() {
        return client.get().zone().getId();
    }

    public String getCoachName() {
        return week.availability().coach().displayName();
    }

    public String getFirstMonday() {
        return week.firstMonday().toString();
    }

    public String getLastMonday() {
        return week.lastMonday().toString();
    }

    public int getLookaheadCap() {
        return lookaheadCap;
    }

    public String getPrevious() {
        return week.previous().map(this::weekHref).orElse(null);
    }

    public String getNext() {
        return week.next().map(this::weekHref).orElse(null);
    }

    /** Where a slot's form goes: the confirmation step of booking or of moving. */
    public String getAction() {
        return faces.getExternalContext().getRequestContextPath() + (isMoving() ? "/calls/move-to" : "/book/confirm");
    }

    public String getVerb() {
        return isMoving() ? "Move to" : "Book";
    }

    public List<Day> getDays() {
        ZoneId zone = client.get().zone();
        List<Day> days = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            LocalDate day = week.monday().plusDays(i);
            List<SlotChoice> slots = week.availability().slots().stream()
                    .filter(slot -> LocalDate.ofInstant(slot.start(), zone).equals(day))
                    .map(slot -> choice(slot, zone)).toList();
            days.add(new Day("day-" + day, CallTimes.day(day), slots));
        }
        return days;
    }

    public boolean isNoSlots() {
        return week.availability().slots().isEmpty();
    }

    private SlotChoice choice(Slot slot, ZoneId zone) {
        return new SlotChoice(CallTimes.iso(slot.start(), zone), getVerb() + " " + CallTimes.slot(slot.start(), zone));
    }

    private String weekHref(LocalDate monday) {
        String base = faces.getExternalContext().getRequestContextPath();
        return isMoving() ? base + "/calls/move?id=" + moving.id() + "&from=" + monday : base + "/book/?from=" + monday;
    }
}
