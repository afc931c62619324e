package app.coachcal.persistence.admin;

import app.coachcal.persistence.people.Caller;
import app.coachcal.persistence.sql.ActingUser;
import app.coachcal.persistence.sql.ActsForTheCaller;
import app.coachcal.persistence.sql.Columns;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * An admin assigns a client's coach. Reassigning ends the running relationship and starts a new one; the
 * client's future calls with the old coach are either cancelled with a reason (the switch happens now)
 * or kept (the switch happens when the last kept call ends, so those calls stay inside the old relationship).
 */
@ApplicationScoped
@Transactional
@ActsForTheCaller
public class RelationshipDesk {

    /** What to do with the client's future calls with the old coach. */
    public enum Decision { KEEP, CANCEL }

    @PersistenceContext(unitName = "coachcal")
    private EntityManager em;
    @Inject
    private FutureCalls futureCalls;
    @Inject
    private PeopleSearch people;

    public List<ClientCoach> clients() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT c.public_id, c.display_name, c.email, coach.public_id, coach.display_name
                  FROM app_user c JOIN user_role m ON m.user_id = c.id AND m.role = 'client' AND m.active
                  LEFT JOIN coaching_relationship r ON r.client_id = c.id AND r.period @> now()
                  LEFT JOIN app_user coach ON coach.id = r.coach_id
                 ORDER BY c.display_name, c.id
                """).getResultList();
        return rows.stream().map(row -> new ClientCoach((UUID) row[0], (String) row[1], (String) row[2],
                (UUID) row[3], (String) row[4])).toList();
    }

    /** Active coaches as (public id, name). */
    public List<PersonName> coaches() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT u.public_id, u.display_name FROM app_user u"
                + " JOIN user_role m ON m.user_id = u.id AND m.role = 'coach' AND m.active"
                + " ORDER BY u.display_name").getResultList();
        return rows.stream().map(row -> new PersonName((UUID) row[0], (String) row[1])).toList();
    }

    /** The client's future booked calls with their current coach. */
    public List<FutureCalls.Call> callsWithCurrentCoach(UUID client) {
        long clientId = id(client, "client");
        return current(clientId).map(row -> futureCalls.ofPair(Columns.number(row[1]), clientId)).orElse(List.of());
    }

    public void assign(Caller admin, UUID client, UUID coach, Decision decision, String reason, Set<UUID> shown) {
        ActingUser.set(em, admin.id());
        long clientId = id(client, "client");
        long coachId = id(coach, "coach");
        em.createNativeQuery("SELECT id FROM app_user WHERE id = ?1 FOR UPDATE").setParameter(1, clientId).getResultList();
        var running = current(clientId);
        if (running.isPresent() && Columns.number(running.get()[1]) == coachId) {
            throw new FieldRefused("coach", "This coach is already the client's coach.");
        }
        Instant switchAt = null;
        if (running.isPresent()) {
            List<FutureCalls.Call> pending = futureCalls.ofPair(Columns.number(running.get()[1]), clientId);
            if (!pending.isEmpty() && (decision == null || !FutureCalls.ids(pending).equals(shown))) {
                throw new CallsPending(pending);
            }
            if (!pending.isEmpty() && decision == Decision.CANCEL) {
                futureCalls.cancel(pending, admin.id(), Reasons.checked(reason));
            } else if (!pending.isEmpty()) {
                switchAt = pending.get(pending.size() - 1).end();
            }
            em.createNativeQuery("UPDATE coaching_relationship SET ends_at = greatest(starts_at,"
                            + " coalesce(CAST(?2 AS timestamptz), now())) WHERE id = ?1")
                    .setParameter(1, Columns.number(running.get()[0]))
                    .setParameter(2, switchAt == null ? null : Columns.parameter(switchAt)).executeUpdate();
        }
        try {
            em.createNativeQuery("INSERT INTO coaching_relationship (coach_id, client_id, starts_at)"
                            + " VALUES (?1, ?2, coalesce(CAST(?3 AS timestamptz), now()))")
                    .setParameter(1, coachId).setParameter(2, clientId)
                    .setParameter(3, switchAt == null ? null : Columns.parameter(switchAt)).executeUpdate();
            em.flush();
        } catch (jakarta.persistence.PersistenceException e) {
            throw Constraints.nameOf(e).map(name -> new FieldRefused("coach",
                    "The relationship could not be changed (" + name + ").")).orElseThrow(() -> e);
        }
    }

    private java.util.Optional<Object[]> current(long clientId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, coach_id FROM coaching_relationship"
                + " WHERE client_id = ?1 AND (ends_at IS NULL OR ends_at > now()) ORDER BY starts_at")
                .setParameter(1, clientId).getResultList();
        return rows.stream().findFirst();
    }

    private long id(UUID person, String field) {
        return people.internalId(person).orElseThrow(() -> new FieldRefused(field, "Choose a " + field + " from the list."));
    }
}
