package app.coachcal.persistence.admin;

import app.coachcal.persistence.people.Caller;
import app.coachcal.persistence.sql.ActingUser;
import app.coachcal.persistence.sql.ActsForTheCaller;
import app.coachcal.persistence.sql.Columns;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The business rules as an admin edits them: every rule with the bounds the database holds, all
 * changed in one transaction or none, and the log the database's trigger keeps of every change.
 */
@ApplicationScoped
@Transactional
@ActsForTheCaller
public class RuleBook {

    @PersistenceContext(unitName = "coachcal")
    private EntityManager em;

    public List<RuleRow> rules() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT name, value, unit, default_value, min_value, max_value,"
                + " description FROM business_rule ORDER BY name").getResultList();
        return rows.stream().map(row -> new RuleRow((String) row[0], (int) Columns.number(row[1]), (String) row[2],
                (int) Columns.number(row[3]), (int) Columns.number(row[4]), (int) Columns.number(row[5]),
                (String) row[6])).toList();
    }

    /**
     * Sets the given values (rule name → value); unknown names and values out of bounds refuse the
     * whole change with {@link RuleRefused}. Returns the changes actually made.
     */
    public List<RuleChange> change(Caller admin, Map<String, Integer> values) {
        ActingUser.set(em, admin.id());
        em.createNativeQuery("LOCK TABLE business_rule IN SHARE ROW EXCLUSIVE MODE").executeUpdate();
        Map<String, String> refused = new LinkedHashMap<>();
        List<RuleChange> changes = new ArrayList<>();
        for (RuleRow rule : rules()) {
            Integer wanted = values.get(rule.name());
            if (wanted == null || wanted == rule.value()) {
                continue;
            }
            if (wanted < rule.min() || wanted > rule.max()) {
                refused.put(rule.name(), "Enter a whole number from " + rule.min() + " to " + rule.max() + ".");
            } else {
                changes.add(new RuleChange(rule.name(), rule.value(), wanted, admin.displayName(), null));
            }
        }
        if (!refused.isEmpty()) {
            throw new RuleRefused(refused);
        }
        for (RuleChange change : changes) {
            em.createNativeQuery("UPDATE business_rule SET value = ?1 WHERE name = ?2")
                    .setParameter(1, change.newValue()).setParameter(2, change.rule()).executeUpdate();
        }
        return changes;
    }

    /** The most recent changes first, at most {@code limit}. */
    public List<RuleChange> history(int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT c.rule, c.old_value, c.new_value, u.display_name, c.changed_at
                  FROM business_rule_change c LEFT JOIN app_user u ON u.id = c.changed_by
                 ORDER BY c.changed_at DESC, c.id DESC LIMIT ?1
                """).setParameter(1, limit).getResultList();
        return rows.stream().map(row -> new RuleChange((String) row[0], (int) Columns.number(row[1]),
                (int) Columns.number(row[2]), (String) row[3], Columns.instant(row[4]))).toList();
    }
}
