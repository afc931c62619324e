package app.coachcal.persistence.appointment;

import app.coachcal.domain.time.TimeRange;
import app.coachcal.persistence.people.Person;
import app.coachcal.persistence.sql.Columns;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Finds and stores calls; every read is limited to the calls of one coach or one client. */
@ApplicationScoped
public class AppointmentRepository {

    private static final String VIEW_COLUMNS = """
            SELECT a.public_id, a.starts_at, a.ends_at, a.status::text, a.cancel_reason,
                   coach.public_id, coach.display_name, coach.time_zone,
                   client.public_id, client.display_name, client.time_zone
              FROM appointment a
              JOIN app_user coach ON coach.id = a.coach_id
              JOIN app_user client ON client.id = a.client_id
            """;

    @PersistenceContext(unitName = "coachcal")
    private EntityManager em;

    /**
     * Inserts a booked call and returns it. A native insert with RETURNING, because the
     * history trigger's own identity column would make JPA's {@code lastval()} read the wrong id.
     */
    public AppointmentEntity add(long relationshipId, long coachId, long clientId, TimeRange call, long createdBy) {
        Object id = em.createNativeQuery("INSERT INTO appointment (relationship_id, coach_id, client_id,"
                        + " starts_at, ends_at, created_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6) RETURNING id")
                .setParameter(1, relationshipId)
                .setParameter(2, coachId)
                .setParameter(3, clientId)
                .setParameter(4, Columns.parameter(call.start()))
                .setParameter(5, Columns.parameter(call.end()))
                .setParameter(6, createdBy)
                .getSingleResult();
        return em.find(AppointmentEntity.class, Columns.number(id));
    }

    /** The call with this public id if the user is its client or its coach; nobody else learns it exists. */
    public Optional<AppointmentEntity> findFor(UUID publicId, long userId) {
        return em.createQuery("SELECT a FROM AppointmentEntity a WHERE a.publicId = :id"
                        + " AND (a.clientId = :user OR a.coachId = :user)", AppointmentEntity.class)
                .setParameter("id", publicId)
                .setParameter("user", userId)
                .getResultList().stream().findFirst();
    }

    /** Sends pending changes now, so that a rule the database enforces fails here, not at commit. */
    public void flush() {
        em.flush();
    }

    /**
     * The coach's booked times, other clients' calls included: read through {@code coach_booked_times}, which
     * row-level security lets a client call for their own coach and which names nobody.
     */
    public List<TimeRange> bookedOfCoach(long coachId, TimeRange window, Optional<Long> except) {
        return booked("SELECT starts_at, ends_at FROM coach_booked_times(?1,"
                + " tstzrange(CAST(?3 AS timestamptz), CAST(?4 AS timestamptz)), ?2)", coachId, window, except);
    }

    public List<TimeRange> bookedOfClient(long clientId, TimeRange window, Optional<Long> except) {
        return booked("SELECT starts_at, ends_at FROM appointment"
                + " WHERE client_id = ?1 AND status = 'booked' AND id <> ?2"
                + " AND during && tstzrange(CAST(?3 AS timestamptz), CAST(?4 AS timestamptz))"
                + " ORDER BY starts_at", clientId, window, except);
    }

    private List<TimeRange> booked(String query, long userId, TimeRange window, Optional<Long> except) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(query)
                .setParameter(1, userId)
                .setParameter(2, except.orElse(-1L))
                .setParameter(3, Columns.parameter(window.start()))
                .setParameter(4, Columns.parameter(window.end()))
                .getResultList();
        return rows.stream().map(row -> new TimeRange(Columns.instant(row[0]), Columns.instant(row[1]))).toList();
    }

    public int countBookedOfClientStartingIn(long clientId, TimeRange period) {
        Object count = em.createNativeQuery("SELECT count(*) FROM appointment WHERE client_id = ?1"
                        + " AND status = 'booked' AND starts_at >= ?2 AND starts_at < ?3")
                .setParameter(1, clientId)
                .setParameter(2, Columns.parameter(period.start()))
                .setParameter(3, Columns.parameter(period.end()))
                .getSingleResult();
        return (int) Columns.number(count);
    }

    public AppointmentView view(AppointmentEntity appointment) {
        return views("WHERE a.id = ?1 AND a.starts_at >= ?2", appointment.id(), Instant.EPOCH).get(0);
    }

    /** Booked calls of a client (or of a coach's clients) starting at or after {@code from}. */
    public List<AppointmentView> bookedFrom(boolean asCoach, long userId, Instant from) {
        String who = asCoach ? "a.coach_id" : "a.client_id";
        return views("WHERE " + who + " = ?1 AND a.status = 'booked' AND a.starts_at >= ?2", userId, from);
    }

    /** A client's booked calls that started in {@code [from, until)}, latest first: their recent past. */
    public List<AppointmentView> pastOfClient(long clientId, Instant from, Instant until) {
        List<AppointmentView> past = new java.util.ArrayList<>(views("WHERE a.client_id = ?1 AND a.status = 'booked'"
                + " AND a.starts_at >= ?2 AND a.starts_at < ?3", clientId, from, until));
        java.util.Collections.reverse(past);
        return past;
    }

    /** A client's calls starting at or after {@code from} that someone else (their coach, an admin) cancelled. */
    public List<AppointmentView> cancelledForClient(long clientId, Instant from) {
        return views("WHERE a.client_id = ?1 AND a.status = 'cancelled' AND a.cancelled_by <> a.client_id"
                + " AND a.starts_at >= ?2", clientId, from);
    }

    private List<AppointmentView> views(String where, long id, Instant from) {
        return views(where, id, from, Instant.EPOCH);
    }

    private List<AppointmentView> views(String where, long id, Instant from, Instant until) {
        jakarta.persistence.Query query = em.createNativeQuery(VIEW_COLUMNS + where + " ORDER BY a.starts_at")
                .setParameter(1, id)
                .setParameter(2, Columns.parameter(from));
        if (where.contains("?3")) {
            query.setParameter(3, Columns.parameter(until));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(AppointmentRepository::toView).toList();
    }

    private static AppointmentView toView(Object[] row) {
        return new AppointmentView((UUID) row[0], Columns.instant(row[1]), Columns.instant(row[2]), (String) row[3],
                (String) row[4],
                new Person((UUID) row[5], (String) row[6], ZoneId.of((String) row[7])),
                new Person((UUID) row[8], (String) row[9], ZoneId.of((String) row[10])));
    }
}
