package app.coachcal.persistence.admin;

import app.coachcal.persistence.sql.ActsForTheCaller;
import app.coachcal.persistence.sql.Columns;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The appointment history (written by the database's trigger), filtered by coach, client and time of the entry. */
@ApplicationScoped
@Transactional
@ActsForTheCaller
public class AuditLog {

    public static final int LIMIT = 200;

    @PersistenceContext(unitName = "coachcal")
    private EntityManager em;

    /** Newest first; a null filter matches everything; {@code [from, to)} bounds when the entry was written. */
    public List<AuditEntry> entries(UUID coach, UUID client, Instant from, Instant to) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT h.at, h.action::text, coach.display_name, client.display_name, actor.display_name,
                       lower(h.old_during), lower(h.new_during), h.reason
                  FROM appointment_history h
                  JOIN appointment a ON a.id = h.appointment_id
                  JOIN app_user coach ON coach.id = a.coach_id
                  JOIN app_user client ON client.id = a.client_id
                  LEFT JOIN app_user actor ON actor.id = h.actor_id
                 WHERE (CAST(?1 AS uuid) IS NULL OR coach.public_id = CAST(?1 AS uuid))
                   AND (CAST(?2 AS uuid) IS NULL OR client.public_id = CAST(?2 AS uuid))
                   AND (CAST(?3 AS timestamptz) IS NULL OR h.at >= CAST(?3 AS timestamptz))
                   AND (CAST(?4 AS timestamptz) IS NULL OR h.at < CAST(?4 AS timestamptz))
                 ORDER BY h.at DESC, h.id DESC LIMIT 200
                """)
                .setParameter(1, coach == null ? null : coach.toString())
                .setParameter(2, client == null ? null : client.toString())
                .setParameter(3, from == null ? null : Columns.parameter(from))
                .setParameter(4, to == null ? null : Columns.parameter(to))
                .getResultList();
        return rows.stream().map(row -> new AuditEntry(Columns.instant(row[0]), (String) row[1], (String) row[2],
                (String) row[3], (String) row[4], row[5] == null ? null : Columns.instant(row[5]),
                row[6] == null ? null : Columns.instant(row[6]), (String) row[7])).toList();
    }

    /** People in a role, as (public id, name), for the filter lists. */
    public List<PersonName> peopleIn(String role) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT u.public_id, u.display_name FROM app_user u"
                + " JOIN user_role m ON m.user_id = u.id AND m.role = CAST(?1 AS role_name)"
                + " ORDER BY u.display_name").setParameter(1, role).getResultList();
        return rows.stream().map(row -> new PersonName((UUID) row[0], (String) row[1])).toList();
    }
}
