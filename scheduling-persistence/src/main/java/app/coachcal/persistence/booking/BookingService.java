package app.coachcal.persistence.booking;

import app.coachcal.domain.booking.BookingPolicy;
import app.coachcal.domain.booking.CallMonth;
import app.coachcal.domain.booking.Decision;
import app.coachcal.domain.booking.Refusal;
import app.coachcal.domain.officehours.OfficeHours;
import app.coachcal.domain.rules.BusinessRules;
import app.coachcal.domain.time.TimeRange;
import app.coachcal.persistence.appointment.AppointmentEntity;
import app.coachcal.persistence.appointment.AppointmentRepository;
import app.coachcal.persistence.appointment.AppointmentView;
import app.coachcal.persistence.calendar.CurrentCoach;
import app.coachcal.persistence.calendar.OfficeHoursRepository;
import app.coachcal.persistence.calendar.RelationshipRepository;
import app.coachcal.persistence.people.Caller;
import app.coachcal.persistence.rules.BusinessRulesRepository;
import app.coachcal.persistence.sql.ActingUser;
import app.coachcal.persistence.sql.ActsForTheCaller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A client books, moves and cancels their calls: each one transaction, each
 * checked by the domain's {@link BookingPolicy} and again by the database.
 */
@ApplicationScoped
@Transactional
@ActsForTheCaller
public class BookingService {

    @PersistenceContext(unitName = "coachcal")
    private EntityManager em;
    @Inject
    private AppointmentRepository appointments;
    @Inject
    private RelationshipRepository relationships;
    @Inject
    private OfficeHoursRepository officeHours;
    @Inject
    private BusinessRulesRepository rules;
    @Inject
    private IdempotentRequests idempotentRequests;
    @Inject
    private Clock clock;
    @Inject
    private Event<CallChanged> changes;

    public AppointmentView book(Caller client, Instant start, Instant endOrNull) {
        ActingUser.set(em, client.id());
        CurrentCoach coach = currentCoachOf(client);
        relationships.takeTurnsWithOtherBookingsOf(coach.coachId());
        BusinessRules current = rules.current();
        OfficeHours hours = officeHours.of(coach.coachId(), coach.coach().zone());
        int inMonth = appointments.countBookedOfClientStartingIn(client.id(), CallMonth.of(start, client.zone()).range());
        BookingPolicy policy = new BookingPolicy(current, clock);
        TimeRange call = accepted(policy.checkBooking(start, endOrNull, hours, client.zone(), inMonth));
        accepted(notTaken(policy, current, call, coach.coachId(), client.id(), Optional.empty()));
        AppointmentEntity appointment = refusedByDatabase(() ->
                appointments.add(coach.relationshipId(), coach.coachId(), client.id(), call, client.id()));
        changes.fire(new CallChanged(CallChanged.Change.BOOKED));
        return appointments.view(appointment);
    }

    /**
     * Books once per Idempotency-Key: a retry with the same key and request gets the stored first answer;
     * the same key with another request is refused with {@link IdempotencyKeyReused}.
     */
    public StoredAnswer bookOnce(Caller client, String key, String fingerprint, Instant start, Instant endOrNull,
                                 Function<AppointmentView, StoredAnswer> answer) {
        idempotentRequests.lock(client.id(), key);
        Optional<StoredAnswer> earlier = idempotentRequests.answered(client.id(), key, fingerprint);
        if (earlier.isPresent()) {
            return earlier.get().asReplay();
        }
        StoredAnswer first = answer.apply(book(client, start, endOrNull));
        idempotentRequests.remember(client.id(), key, fingerprint, first);
        return first;
    }

    public AppointmentView move(Caller client, UUID id, Instant newStart, Instant newEndOrNull) {
        ActingUser.set(em, client.id());
        AppointmentEntity appointment = bookedCallOfClient(client, id);
        CurrentCoach coach = currentCoachOf(client);
        relationships.takeTurnsWithOtherBookingsOf(coach.coachId());
        BusinessRules current = rules.current();
        OfficeHours hours = officeHours.of(coach.coachId(), coach.coach().zone());
        int inMonth = appointments.countBookedOfClientStartingIn(client.id(),
                CallMonth.of(newStart, client.zone()).range());
        BookingPolicy policy = new BookingPolicy(current, clock);
        TimeRange call = accepted(policy.checkMove(appointment.range(), newStart, newEndOrNull, hours, client.zone(),
                inMonth));
        accepted(notTaken(policy, current, call, coach.coachId(), client.id(), Optional.of(appointment.id())));
        appointment.moveTo(call);
        AppointmentView moved = written(appointment);
        changes.fire(new CallChanged(CallChanged.Change.MOVED));
        return moved;
    }

    /** Cancels the client's call; cancelling a call that is already cancelled changes nothing. */
    public void cancel(Caller client, UUID id) {
        ActingUser.set(em, client.id());
        AppointmentEntity appointment = appointments.findFor(id, client.id())
                .filter(call -> call.clientId() == client.id())
                .orElseThrow(AppointmentNotFound::new);
        if (!appointment.isBooked()) {
            return;
        }
        BookingPolicy policy = new BookingPolicy(rules.current(), clock);
        accepted(policy.checkCancel(appointment.range()));
        appointment.cancel(client.id(), OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC), null);
        written(appointment);
        changes.fire(new CallChanged(CallChanged.Change.CANCELLED));
    }

    private AppointmentEntity bookedCallOfClient(Caller client, UUID id) {
        return appointments.findFor(id, client.id())
                .filter(appointment -> appointment.clientId() == client.id() && appointment.isBooked())
                .orElseThrow(AppointmentNotFound::new);
    }

    private CurrentCoach currentCoachOf(Caller client) {
        return relationships.currentCoachOf(client.id())
                .orElseThrow(() -> new BookingRefused(Refusal.NO_CURRENT_COACH, null));
    }

    private Decision<TimeRange> notTaken(BookingPolicy policy, BusinessRules current, TimeRange call, long coachId,
                                         long clientId, Optional<Long> except) {
        TimeRange near = call.expandedBy(current.buffer(), current.buffer());
        return policy.checkNotTaken(call, appointments.bookedOfCoach(coachId, near, except),
                appointments.bookedOfClient(clientId, near, except));
    }

    /** Flushes now, so that a rule the database enforces becomes a refusal here rather than a failed commit. */
    private AppointmentView written(AppointmentEntity appointment) {
        refusedByDatabase(() -> {
            appointments.flush();
            return appointment;
        });
        return appointments.view(appointment);
    }

    /**
     * Runs a write; a rule the database enforced becomes the domain's refusal, and a deadlock
     * between racing writes a {@link TransientConflict} that the caller may retry.
     */
    private static <T> T refusedByDatabase(Supplier<T> write) {
        try {
            return write.get();
        } catch (PersistenceException e) {
            if (DatabaseRefusals.isTransient(e)) {
                throw new TransientConflict();
            }
            throw DatabaseRefusals.of(e).map(refusal -> new BookingRefused(refusal, fieldAtFault(refusal)))
                    .orElseThrow(() -> e);
        }
    }

    static <T> T accepted(Decision<T> decision) {
        return decision.fold(value -> value, refusal -> {
            throw new BookingRefused(refusal, fieldAtFault(refusal));
        });
    }

    /** The request field a refusal is about: the end for a wrong length, none for a call that is too late to change. */
    static String fieldAtFault(Refusal refusal) {
        return switch (refusal) {
            case WRONG_LENGTH -> "end";
            case CHANGE_TOO_LATE, NO_CURRENT_COACH -> null;
            default -> "start";
        };
    }

}
