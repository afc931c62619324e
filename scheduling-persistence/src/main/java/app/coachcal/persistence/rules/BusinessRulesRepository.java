package app.coachcal.persistence.rules;

import app.coachcal.domain.rules.BusinessRule;
import app.coachcal.domain.rules.BusinessRules;
import app.coachcal.persistence.sql.Columns;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The business rules in force, read from table {@code business_rule} in the caller's transaction. */
@ApplicationScoped
public class BusinessRulesRepository {

    @PersistenceContext(unitName = "coachcal")
    private EntityManager em;

    public BusinessRules current() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT name, value FROM business_rule").getResultList();
        Map<BusinessRule, Integer> values = new EnumMap<>(BusinessRule.class);
        for (Object[] row : rows) {
            BusinessRule.fromDbName((String) row[0])
                    .ifPresent(rule -> values.put(rule, (int) Columns.number(row[1])));
        }
        return BusinessRules.fromValues(values);
    }
}
