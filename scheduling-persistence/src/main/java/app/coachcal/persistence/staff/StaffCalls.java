package app.coachcal.persistence.staff;

import app.coachcal.persistence.sql.Columns;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads the calls of a coach's clients; every read is limited to that coach. */
@ApplicationScoped
public class StaffCalls {

    private static final String COLUMNS = """
            SELECT a.public_id, a.starts_at, a.ends_at, a.status::text, a.cancel_reason,
                   client.display_name, client.email, client.time_zone
              FROM appointment a JOIN app_user client ON client.id = a.client_id
             WHERE a.coach_id = ?1
            """;

    @PersistenceContext(unitName = "coachcal")
    private EntityManager em;

    /** Booked and cancelled calls of the coach starting in {@code [from, to)}. */
    public List<StaffCall> between(long coachId, Instant from, Instant to) {
        return list(COLUMNS + " AND a.starts_at >= ?2 AND a.starts_at < ?3 ORDER BY a.starts_at", coachId, from, to);
    }

    /** Booked calls of the coach starting at or after {@code from}. */
    public List<StaffCall> bookedFrom(long coachId, Instant from) {
        return list(COLUMNS + " AND a.status = 'booked' AND a.starts_at >= ?2 AND a.starts_at < ?3 ORDER BY a.starts_at",
                coachId, from, Instant.parse("9999-01-01T00:00:00Z"));
    }

    public Optional<StaffCall> one(long coachId, UUID id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(COLUMNS + " AND a.public_id = ?2")
                .setParameter(1, coachId).setParameter(2, id).getResultList();
        return rows.stream().findFirst().map(StaffCalls::toCall);
    }

    private List<StaffCall> list(String sql, long coachId, Instant from, Instant to) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(sql)
                .setParameter(1, coachId)
                .setParameter(2, Columns.parameter(from))
                .setParameter(3, Columns.parameter(to))
                .getResultList();
        return rows.stream().map(StaffCalls::toCall).toList();
    }

    private static StaffCall toCall(Object[] row) {
        return new StaffCall((UUID) row[0], Columns.instant(row[1]), Columns.instant(row[2]), (String) row[3],
                (String) row[4], (String) row[5], (String) row[6], ZoneId.of((String) row[7]));
    }
}
