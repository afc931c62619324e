package app.coachcal.persistence.staff;

import app.coachcal.domain.availability.Slot;
import app.coachcal.domain.availability.SlotCalculator;
import app.coachcal.domain.rules.BusinessRules;
import app.coachcal.domain.time.TimeRange;
import app.coachcal.persistence.appointment.AppointmentEntity;
import app.coachcal.persistence.appointment.AppointmentRepository;
import app.coachcal.persistence.booking.AppointmentNotFound;
import app.coachcal.persistence.calendar.OfficeHoursRepository;
import app.coachcal.persistence.people.Caller;
import app.coachcal.persistence.rules.BusinessRulesRepository;
import app.coachcal.persistence.sql.ActingUser;
import app.coachcal.persistence.sql.ActsForTheCaller;
import app.coachcal.persistence.sql.Columns;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A coach's use cases outside office hours: their week, their clients, the preview, cancelling a call. */
@ApplicationScoped
@Transactional
@ActsForTheCaller
public class CoachDesk {

    @PersistenceContext(unitName = "coachcal")
    private EntityManager em;
    @Inject
    private StaffCalls calls;
    @Inject
    private AppointmentRepository appointments;
    @Inject
    private OfficeHoursRepository officeHours;
    @Inject
    private BusinessRulesRepository rules;
    @Inject
    private Clock clock;

    /** The calls (booked and cancelled) of the coach's clients in the week of seven days from {@code monday}. */
    public List<StaffCall> week(Caller coach, LocalDate monday) {
        return calls.between(coach.id(), startOf(monday, coach.zone()), startOf(monday.plusWeeks(1), coach.zone()));
    }

    public Optional<StaffCall> call(Caller coach, UUID id) {
        return calls.one(coach.id(), id);
    }

    /** Clients in a relationship with the coach that runs now, with their next booked call. */
    public List<CoachClient> clients(Caller coach) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT client.display_name, client.email, client.time_zone,
                       (SELECT min(a.starts_at) FROM appointment a WHERE a.coach_id = r.coach_id
                           AND a.client_id = r.client_id AND a.status = 'booked' AND a.starts_at >= now())
                  FROM coaching_relationship r JOIN app_user client ON client.id = r.client_id
                 WHERE r.coach_id = ?1 AND r.period @> now()
                 ORDER BY client.display_name
                """).setParameter(1, coach.id()).getResultList();
        return rows.stream().map(row -> new CoachClient((String) row[0], (String) row[1], ZoneId.of((String) row[2]),
                Optional.ofNullable(row[3]).map(Columns::instant))).toList();
    }

    /** The free slots clients of this coach are offered from {@code from} for {@code weeks} weeks (capped). */
    public List<Slot> preview(Caller coach, LocalDate from, int weeks) {
        BusinessRules current = rules.current();
        int capped = current.cappedLookaheadWeeks(weeks);
        TimeRange period = new TimeRange(startOf(from, coach.zone()), startOf(from.plusWeeks(capped), coach.zone()));
        TimeRange near = period.expandedBy(current.buffer(), current.buffer());
        return new SlotCalculator(current, clock).freeSlots(officeHours.of(coach.id(), coach.zone()),
                appointments.bookedOfCoach(coach.id(), near, Optional.empty()), List.of(), period);
    }

    /** How many weeks a preview of {@code weeks} weeks covers, after the {@code lookahead_cap} rule. */
    public int cappedWeeks(int weeks) {
        return rules.current().cappedLookaheadWeeks(weeks);
    }

    /** Cancels a booked call of one of the coach's clients with a reason the client sees; history keeps it. */
    public void cancel(Caller coach, UUID id, String reason) {
        ActingUser.set(em, coach.id());
        AppointmentEntity appointment = appointments.findFor(id, coach.id())
                .filter(call -> call.coachId() == coach.id())
                .orElseThrow(AppointmentNotFound::new);
        if (appointment.isBooked()) {
            appointment.cancel(coach.id(), OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC), reason);
            appointments.flush();
        }
    }

    private static Instant startOf(LocalDate day, ZoneId zone) {
        return day.atStartOfDay(zone).toInstant();
    }
}
