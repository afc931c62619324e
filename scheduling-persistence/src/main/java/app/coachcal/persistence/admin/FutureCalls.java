package app.coachcal.persistence.admin;

import app.coachcal.persistence.sql.Columns;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Booked calls starting now or later of a coach or a client, shown before an admin change that affects them. */
@ApplicationScoped
public class FutureCalls {

    /** A future booked call with both parties' names. */
    public record Call(UUID id, Instant start, Instant end, String coachName, String clientName) {
    }

    @PersistenceContext(unitName = "coachcal")
    private EntityManager em;

    /** {@code column} is {@code coach_id} or {@code client_id}. */
    public List<Call> of(String column, long userId) {
        if (!column.equals("coach_id") && !column.equals("client_id")) {
            throw new IllegalArgumentException(column);
        }
        return list("a." + column + " = ?1", userId, 0);
    }

    /** The client's future calls with this coach. */
    public List<Call> ofPair(long coachId, long clientId) {
        return list("a.coach_id = ?2 AND a.client_id = ?1", clientId, coachId);
    }

    public static Set<UUID> ids(List<Call> calls) {
        return calls.stream().map(Call::id).collect(Collectors.toSet());
    }

    /** Cancels the calls, by the admin (the acting user already set), with the reason. */
    public void cancel(List<Call> calls, long adminId, String reason) {
        for (Call call : calls) {
            em.createNativeQuery("UPDATE appointment SET status = 'cancelled', cancelled_at = now(), cancelled_by = ?1,"
                    + " cancel_reason = ?2 WHERE public_id = ?3 AND status = 'booked'")
                    .setParameter(1, adminId).setParameter(2, reason).setParameter(3, call.id()).executeUpdate();
        }
    }

    private List<Call> list(String where, long first, long second) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT a.public_id, a.starts_at, a.ends_at, coach.display_name,"
                        + " client.display_name FROM appointment a JOIN app_user coach ON coach.id = a.coach_id"
                        + " JOIN app_user client ON client.id = a.client_id WHERE " + where
                        + " AND a.status = 'booked' AND a.starts_at >= now() ORDER BY a.starts_at")
                .setParameter(1, first).setParameter(2, second).getResultList();
        return rows.stream().map(row -> new Call((UUID) row[0], Columns.instant(row[1]), Columns.instant(row[2]),
                (String) row[3], (String) row[4])).toList();
    }
}
