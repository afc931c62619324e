package app.coachcal.persistence.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Finds people by name or e-mail address (any part, any letter case), with their memberships. */
@ApplicationScoped
public class PeopleSearch {

    static final int LIMIT = 100;

    @PersistenceContext(unitName = "coachcal")
    private EntityManager em;

    public List<PersonRow> matching(String query) {
        String pattern = "%" + (query == null ? "" : query.strip().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")) + "%";
        return rows("(lower(u.display_name) LIKE ?1 OR lower(u.email) LIKE ?1)", pattern);
    }

    public Optional<PersonRow> one(UUID id) {
        return rows("u.public_id = ?1", id).stream().findFirst();
    }

    public Optional<Long> internalId(UUID id) {
        return em.createNativeQuery("SELECT id FROM app_user WHERE public_id = ?1").setParameter(1, id)
                .getResultList().stream().findFirst().map(value -> ((Number) value).longValue());
    }

    public Optional<Long> byEmail(String email) {
        return em.createNativeQuery("SELECT id FROM app_user WHERE lower(email) = ?1")
                .setParameter(1, email.toLowerCase(Locale.ROOT))
                .getResultList().stream().findFirst().map(value -> ((Number) value).longValue());
    }

    private List<PersonRow> rows(String where, Object parameter) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT u.public_id, u.display_name, u.email, u.time_zone,"
                        + " u.must_change_password, r.role::text, r.active FROM app_user u"
                        + " LEFT JOIN user_role r ON r.user_id = u.id WHERE " + where
                        + " ORDER BY u.display_name, u.id, r.role LIMIT " + (LIMIT * 3))
                .setParameter(1, parameter).getResultList();
        Map<UUID, PersonRow> people = new LinkedHashMap<>();
        for (Object[] row : rows) {
            UUID id = (UUID) row[0];
            PersonRow person = people.computeIfAbsent(id, key -> new PersonRow(key, (String) row[1], (String) row[2],
                    (String) row[3], (Boolean) row[4], new ArrayList<>()));
            if (row[5] != null) {
                person.memberships().add(new PersonRow.Membership((String) row[5], (Boolean) row[6]));
            }
        }
        return people.values().stream().limit(LIMIT).toList();
    }
}
