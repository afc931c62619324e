package app.coachcal.persistence.calendar;

import app.coachcal.persistence.people.Person;
import app.coachcal.persistence.sql.Columns;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Coaching relationships as a booking needs them. */
@ApplicationScoped
public class RelationshipRepository {

    @PersistenceContext(unitName = "coachcal")
    private EntityManager em;

    /**
     * Makes bookings and moves for one coach take turns (a row lock on the coach's membership, held to
     * the end of the transaction). Without it, two inserts racing for one slot can deadlock inside the
     * exclusion constraint; with it, the second sees the first's call and is refused with slot-taken.
     */
    public void takeTurnsWithOtherBookingsOf(long coachId) {
        em.createNativeQuery("SELECT 1 FROM user_role WHERE user_id = ?1 AND role = 'coach' FOR NO KEY UPDATE")
                .setParameter(1, coachId)
                .getResultList();
    }

    /** The client's relationship in force now, when both the client and the coach are active in their roles. */
    public Optional<CurrentCoach> currentCoachOf(long clientId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT r.id, r.coach_id, coach.public_id, coach.display_name, coach.time_zone
                  FROM coaching_relationship r
                  JOIN app_user coach ON coach.id = r.coach_id
                  JOIN user_role coaching ON coaching.user_id = r.coach_id AND coaching.role = 'coach'
                  JOIN user_role booking ON booking.user_id = r.client_id AND booking.role = 'client'
                 WHERE r.client_id = ?1 AND r.period @> now() AND coaching.active AND booking.active
                """)
                .setParameter(1, clientId)
                .getResultList();
        return rows.stream().findFirst().map(row -> new CurrentCoach(Columns.number(row[0]), Columns.number(row[1]),
                new Person((UUID) row[2], (String) row[3], ZoneId.of((String) row[4]))));
    }
}
