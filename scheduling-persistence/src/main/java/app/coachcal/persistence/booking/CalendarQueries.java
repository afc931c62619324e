package app.coachcal.persistence.booking;

import app.coachcal.domain.availability.BookingWindow;
import app.coachcal.domain.availability.Slot;
import app.coachcal.domain.availability.SlotCalculator;
import app.coachcal.domain.booking.BookingPolicy;
import app.coachcal.domain.booking.CallMonth;
import app.coachcal.domain.booking.Refusal;
import app.coachcal.domain.rules.BusinessRules;
import app.coachcal.domain.time.TimeRange;
import app.coachcal.persistence.appointment.AppointmentRepository;
import app.coachcal.persistence.appointment.AppointmentView;
import app.coachcal.persistence.calendar.CurrentCoach;
import app.coachcal.persistence.calendar.OfficeHoursRepository;
import app.coachcal.persistence.calendar.RelationshipRepository;
import app.coachcal.persistence.people.Caller;
import app.coachcal.persistence.people.Role;
import app.coachcal.persistence.rules.BusinessRulesRepository;
import app.coachcal.persistence.sql.ActsForTheCaller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** What a caller may look at: their coach's free slots, their calls. Read-only, one transaction each. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
@ActsForTheCaller
public class CalendarQueries {

    @Inject
    private AppointmentRepository appointments;
    @Inject
    private RelationshipRepository relationships;
    @Inject
    private OfficeHoursRepository officeHours;
    @Inject
    private BusinessRulesRepository rules;
    @Inject
    private Clock clock;

    /** Free slots of the client's coach from {@code from} (a day in the client's zone) for up to {@code weeks} weeks. */
    public Availability availability(Caller client, LocalDate from, int weeks) {
        CurrentCoach coach = relationships.currentCoachOf(client.id())
                .orElseThrow(() -> new BookingRefused(Refusal.NO_CURRENT_COACH, null));
        BusinessRules current = rules.current();
        int cappedWeeks = current.cappedLookaheadWeeks(weeks);
        TimeRange period = new TimeRange(startOf(from, client.zone()), startOf(from.plusWeeks(cappedWeeks), client.zone()));
        TimeRange near = period.expandedBy(current.buffer(), current.buffer());
        List<Slot> slots = new SlotCalculator(current, clock).freeSlots(
                officeHours.of(coach.coachId(), coach.coach().zone()),
                appointments.bookedOfCoach(coach.coachId(), near, Optional.empty()),
                appointments.bookedOfClient(client.id(), near, Optional.empty()),
                period);
        return new Availability(coach.coach(), from, cappedWeeks, withinMonthlyLimit(client, current, slots));
    }

    /** Slots in a month where the client has already booked all the calls they may are not offered. */
    private List<Slot> withinMonthlyLimit(Caller client, BusinessRules current, List<Slot> slots) {
        BookingPolicy policy = new BookingPolicy(current, clock);
        Map<CallMonth, Boolean> full = new HashMap<>();
        return slots.stream().filter(slot -> !full.computeIfAbsent(CallMonth.of(slot.start(), client.zone()),
                month -> policy.isMonthFull(appointments.countBookedOfClientStartingIn(client.id(), month.range()))))
                .toList();
    }

    /** The caller's booked calls from {@code from} (a day in their zone); a coach gets their clients' calls. */
    public List<AppointmentView> bookedFrom(Caller caller, LocalDate from) {
        new BookingPolicy(rules.current(), clock).checkHistoryFrom(from, caller.zone())
                .fold(day -> day, refusal -> {
                    throw new BookingRefused(refusal, "from");
                });
        boolean asCoach = caller.is(Role.COACH) && !caller.is(Role.CLIENT);
        if (!asCoach && !caller.is(Role.CLIENT)) {
            throw new BookingRefused(Refusal.NO_CURRENT_COACH, null);
        }
        return appointments.bookedFrom(asCoach, caller.id(), startOf(from, caller.zone()));
    }

    /**
     * The week from Monday to Sunday (in the client's zone) that holds {@code anyDay}, with its free slots;
     * {@code in-the-past} for a week before the current one, {@code too-far-ahead} for one after the
     * horizon, both against the field {@code from}.
     */
    public BookingWeek week(Caller client, LocalDate anyDay) {
        BusinessRules current = rules.current();
        LocalDate monday = mondayOf(anyDay);
        LocalDate firstMonday = mondayOf(LocalDate.now(clock.withZone(client.zone())));
        LocalDate lastMonday = mondayOf(new BookingWindow(clock.instant(), current).lastDay(client.zone()));
        if (monday.isBefore(firstMonday)) {
            throw new BookingRefused(Refusal.IN_THE_PAST, "from");
        }
        if (monday.isAfter(lastMonday)) {
            throw new BookingRefused(Refusal.TOO_FAR_AHEAD, "from");
        }
        return new BookingWeek(monday, availability(client, monday, 1), firstMonday, lastMonday);
    }

    /** The business rules in force, for pages that quote them (the length of a call, the monthly limit). */
    public BusinessRules rules() {
        return rules.current();
    }

    /** The weeks one prefetch of free slots may cover ({@code lookahead_cap}). */
    public int lookaheadCap() {
        return rules.current().lookaheadCapWeeks();
    }

    /** The client's calls to come, those their coach cancelled, and their past ones within {@code history_window}. */
    public MyCalls myCalls(Caller client) {
        Instant now = clock.instant();
        LocalDate earliest = new BookingPolicy(rules.current(), clock).earliestHistoryDay(client.zone());
        Instant historyStart = startOf(earliest, client.zone());
        return new MyCalls(appointments.bookedFrom(false, client.id(), now),
                appointments.cancelledForClient(client.id(), historyStart),
                appointments.pastOfClient(client.id(), historyStart, now));
    }

    /**
     * The {@code count} free slots nearest to {@code target} within a week either side of it: what to offer
     * when the slot a client chose has just been taken.
     */
    public List<Slot> nearestFreeSlots(Caller client, Instant target, int count) {
        CurrentCoach coach = relationships.currentCoachOf(client.id())
                .orElseThrow(() -> new BookingRefused(Refusal.NO_CURRENT_COACH, null));
        BusinessRules current = rules.current();
        TimeRange period = new TimeRange(target.minus(java.time.Duration.ofDays(7)), target.plus(java.time.Duration.ofDays(7)));
        TimeRange near = period.expandedBy(current.buffer().plus(current.callLength()), current.buffer());
        List<Slot> nearest = new SlotCalculator(current, clock).nearestFreeSlots(target, count * 2,
                officeHours.of(coach.coachId(), coach.coach().zone()),
                appointments.bookedOfCoach(coach.coachId(), near, Optional.empty()),
                appointments.bookedOfClient(client.id(), near, Optional.empty()),
                period);
        return withinMonthlyLimit(client, current, nearest).stream().limit(count).toList();
    }

    /** The client's booked call {@code id} and until when they may still move or cancel it. */
    public CallChange change(Caller client, UUID id) {
        AppointmentView call = appointments.findFor(id, client.id())
                .filter(appointment -> appointment.clientId() == client.id() && appointment.isBooked())
                .map(appointments::view)
                .orElseThrow(AppointmentNotFound::new);
        BookingPolicy policy = new BookingPolicy(rules.current(), clock);
        TimeRange range = new TimeRange(call.start(), call.end());
        return new CallChange(call, policy.changeDeadline(range), policy.checkCancel(range).isAccepted());
    }

    private static LocalDate mondayOf(LocalDate day) {
        return day.with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
    }

    /** One call of the caller's (as its client or coach). */
    public AppointmentView one(Caller caller, UUID id) {
        return appointments.findFor(id, caller.id()).map(appointments::view).orElseThrow(AppointmentNotFound::new);
    }

    private static Instant startOf(LocalDate day, ZoneId zone) {
        return day.atStartOfDay(zone).toInstant();
    }
}
