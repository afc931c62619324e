package app.coachcal.persistence.schema;

import static app.coachcal.persistence.schema.Refusal.CHECK_VIOLATION;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "Never deleted" holds against TRUNCATE too, which skips every row trigger: each table whose rows are history
 * (or hold a rule that a DELETE trigger guards) refuses it, named first in the statement or reached by CASCADE,
 * and keeps its rows.
 */
class TruncateIT extends SchemaTest {

    private void someHistory() throws SQLException {
        Given.Relationship pair = given.coachingPair("UTC", "UTC");
        given.alwaysAvailable(pair.coachId());
        given.call(pair, Given.weekdayAhead(ZoneId.of("UTC"), 2, DayOfWeek.TUESDAY).atTime(10, 0)
                .atZone(ZoneId.of("UTC")));
        given.rule("buffer", 5);
        given.update("INSERT INTO api_token (user_id, name, secret_sha256, expires_at)"
                + " VALUES (?, 'laptop', sha256('cc_x'::bytea), now() + interval '1 day')", pair.clientId());
    }

    @ParameterizedTest(name = "TRUNCATE {0}")
    @CsvSource({
        "appointment_history,                appointment_history_is_never_truncated",
        "business_rule_change,               business_rule_change_is_never_truncated",
        "appointment CASCADE,                appointment_is_never_truncated",
        "coaching_relationship CASCADE,      relationship_is_never_truncated",
        "business_rule CASCADE,              business_rule_is_never_truncated",
        "user_role,                          user_role_is_never_truncated",
        "app_user CASCADE,                   app_user_is_never_truncated",
        "rule_guard,                         rule_guard_is_never_truncated",
        "api_token,                          api_token_is_never_truncated",
    })
    void truncating_a_table_of_history_or_rules_is_refused_and_keeps_every_row(String table, String rule)
            throws SQLException {
        someHistory();
        long before = given.value(Long.class, "SELECT count(*) FROM " + table.replace(" CASCADE", ""));

        Refusal.expect(sql, CHECK_VIOLATION, rule, () -> given.update("TRUNCATE " + table));

        assertThat(given.value(Long.class, "SELECT count(*) FROM " + table.replace(" CASCADE", "")))
                .isEqualTo(before).isPositive();
    }
}
