package app.coachcal.persistence.staff;

import app.coachcal.domain.officehours.OfficeHours;
import app.coachcal.domain.officehours.TimeOff;
import app.coachcal.domain.time.TimeRange;
import app.coachcal.persistence.appointment.AppointmentRepository;
import app.coachcal.persistence.people.Caller;
import app.coachcal.persistence.sql.ActingUser;
import app.coachcal.persistence.sql.ActsForTheCaller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A coach changes their office hours, one change per transaction. A change that would leave booked
 * calls outside the hours is refused with {@link StrandedCalls} until the coach decides, with those
 * same calls in view, to keep them or to cancel them with a reason; then both happen in one transaction.
 */
@ApplicationScoped
@Transactional
@ActsForTheCaller
public class OfficeHoursEditor {

    /** What to do with booked calls that the change leaves outside the hours. */
    public enum Decision { KEEP, CANCEL }

    @PersistenceContext(unitName = "coachcal")
    private EntityManager em;
    @Inject
    private HoursStore store;
    @Inject
    private HoursRules hoursRules;
    @Inject
    private StaffCalls calls;
    @Inject
    private AppointmentRepository appointments;
    @Inject
    private Clock clock;

    public HoursEntries entries(Caller coach) {
        return store.entries(coach.id());
    }

    /** The booked calls the change would leave outside the hours (nothing is written); refused changes throw. */
    @Transactional(Transactional.TxType.REQUIRED)
    public List<StaffCall> stranded(Caller coach, HoursChange change) {
        HoursEntries entries = store.entries(coach.id());
        hoursRules.check(change, entries);
        return stranded(coach, entries.after(change, coach.zone()));
    }

    /**
     * Saves the change. {@code decision} and {@code shown} (the calls the coach saw) may be null on the
     * first try; if the change strands calls and the coach has not decided about exactly those, nothing
     * is written and {@link StrandedCalls} lists them.
     */
    public void change(Caller coach, HoursChange change, Decision decision, String reason, Set<UUID> shown) {
        ActingUser.set(em, coach.id());
        HoursEntries entries = store.lockedEntries(coach.id());
        hoursRules.check(change, entries);
        List<StaffCall> stranded = stranded(coach, entries.after(change, coach.zone()));
        if (!stranded.isEmpty()) {
            Set<UUID> ids = stranded.stream().map(StaffCall::id).collect(Collectors.toSet());
            if (decision == null || !ids.equals(shown)) {
                throw new StrandedCalls(stranded);
            }
            if (decision == Decision.CANCEL) {
                String why = hoursRules.cancelReason(reason);
                OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
                for (StaffCall call : stranded) {
                    appointments.findFor(call.id(), coach.id()).orElseThrow().cancel(coach.id(), now, why);
                }
                appointments.flush();
            }
        }
        store.write(coach.id(), change);
    }

    private List<StaffCall> stranded(Caller coach, OfficeHours after) {
        return calls.bookedFrom(coach.id(), clock.instant()).stream()
                .filter(call -> !after.covers(new TimeRange(call.start(), call.end())))
                .toList();
    }

    static boolean overlaps(TimeOff a, TimeOff b) {
        return !a.last().isBefore(b.first()) && !b.last().isBefore(a.first());
    }
}
