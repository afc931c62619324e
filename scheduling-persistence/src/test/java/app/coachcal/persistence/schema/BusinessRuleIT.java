package app.coachcal.persistence.schema;

import static app.coachcal.persistence.schema.Refusal.CHECK_VIOLATION;
import static org.assertj.core.api.Assertions.assertThat;

import app.coachcal.domain.rules.BusinessRule;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class BusinessRuleIT extends SchemaTest {

    @Test
    void the_seeded_rows_are_the_java_enums_rules_with_their_units_defaults_and_bounds() throws SQLException {
        List<String> rows = new ArrayList<>();
        try (PreparedStatement query = sql.prepareStatement(
                "SELECT name, value, unit, default_value, min_value, max_value FROM business_rule ORDER BY name");
             ResultSet row = query.executeQuery()) {
            while (row.next()) {
                rows.add(String.join(" ", row.getString(1), row.getString(2), row.getString(3),
                        row.getString(4), row.getString(5), row.getString(6)));
            }
        }
        List<String> java = Arrays.stream(BusinessRule.values())
                .sorted(Comparator.comparing(BusinessRule::dbName))
                .map(rule -> String.join(" ", rule.dbName(), "" + rule.defaultValue(), rule.unit().word(),
                        "" + rule.defaultValue(), "" + rule.min(), "" + rule.max()))
                .toList();

        assertThat(rows).hasSize(9).containsExactlyElementsOf(java);
    }

    @Test
    void value_outside_the_rules_bounds_is_refused() throws SQLException {
        Refusal.expect(sql, CHECK_VIOLATION, "business_rule_value_within_bounds", () -> given.rule("call_length", 14));
        Refusal.expect(sql, CHECK_VIOLATION, "business_rule_value_within_bounds", () -> given.rule("call_length", 241));
    }

    @Test
    void value_within_the_bounds_is_accepted_and_read_by_rule_value() throws SQLException {
        given.rule("call_length", 240);

        assertThat(given.value(Integer.class, "SELECT rule_value('call_length')")).isEqualTo(240);
    }

    @Test
    void bounds_of_a_rule_cannot_be_changed() throws SQLException {
        Refusal.expect(sql, CHECK_VIOLATION, "business_rule_bounds_are_fixed",
                () -> given.update("UPDATE business_rule SET max_value = 1000 WHERE name = 'call_length'"));
        Refusal.expect(sql, CHECK_VIOLATION, "business_rule_bounds_are_fixed",
                () -> given.update("UPDATE business_rule SET unit = 'days' WHERE name = 'buffer'"));
    }

    @Test
    void unknown_rule_cannot_be_added_and_known_rules_cannot_be_deleted() throws SQLException {
        Refusal.expect(sql, CHECK_VIOLATION, "business_rule_name_is_known",
                () -> given.update("INSERT INTO business_rule VALUES ('coffee_breaks', 1, 'calls', 1, 0, 3, 'Breaks.')"));
        Refusal.expect(sql, CHECK_VIOLATION, "business_rule_is_kept",
                () -> given.update("DELETE FROM business_rule WHERE name = 'buffer'"));
    }

    @Test
    void description_can_be_reworded_but_not_blanked() throws SQLException {
        given.update("UPDATE business_rule SET description = 'Free minutes after each call.' WHERE name = 'buffer'");

        Refusal.expect(sql, CHECK_VIOLATION, "business_rule_description_is_present",
                () -> given.update("UPDATE business_rule SET description = ' ' WHERE name = 'buffer'"));
    }

    @Test
    void rule_value_of_an_unknown_name_raises_instead_of_returning_null() throws SQLException {
        var error = Refusal.refusalOf(sql, () -> given.value(Integer.class, "SELECT rule_value('coffee_breaks')"));

        assertThat(error.getSQLState()).isEqualTo("22023");
    }

    @Test
    void change_of_a_rule_is_logged_with_the_acting_user() throws SQLException {
        long admin = given.user("UTC", "admin");
        given.actor(admin);

        given.rule("monthly_call_limit", 4);

        assertThat(given.value(String.class,
                "SELECT rule || ' ' || old_value || '->' || new_value || ' by ' || changed_by FROM business_rule_change"))
                .isEqualTo("monthly_call_limit 2->4 by " + admin);
    }

    @Test
    void change_without_an_actor_is_logged_with_nobody_and_no_change_is_not_logged() throws SQLException {
        given.rule("buffer", 10);
        given.rule("buffer", 10);

        assertThat(given.value(Long.class, "SELECT count(*) FROM business_rule_change WHERE changed_by IS NULL"))
                .isEqualTo(1L);
    }

    @Test
    void rule_log_cannot_be_forged_edited_or_deleted() throws SQLException {
        given.rule("buffer", 10);

        Refusal.expect(sql, CHECK_VIOLATION, "business_rule_change_comes_from_business_rule",
                () -> given.update("INSERT INTO business_rule_change (rule, old_value, new_value) VALUES ('buffer', 0, 99)"));
        Refusal.expect(sql, CHECK_VIOLATION, "business_rule_change_is_append_only",
                () -> given.update("UPDATE business_rule_change SET new_value = 99"));
        Refusal.expect(sql, CHECK_VIOLATION, "business_rule_change_is_append_only",
                () -> given.update("DELETE FROM business_rule_change"));
    }
}
