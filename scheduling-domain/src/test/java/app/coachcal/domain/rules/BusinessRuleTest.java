package app.coachcal.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class BusinessRuleTest {

    /** The table "Business rules" of docs/booking-model.md, copied by hand: name, unit, default, min, max. */
    private static final List<String> DOC_TABLE = List.of(
            "call_length minutes 60 15 240",
            "slot_granularity minutes 30 5 60",
            "booking_notice minutes 120 0 20160",
            "booking_horizon days 60 1 366",
            "change_notice minutes 1440 0 20160",
            "history_window weeks 12 0 104",
            "monthly_call_limit calls 2 1 31",
            "buffer minutes 0 0 120",
            "lookahead_cap weeks 8 1 26");

    @Test
    void every_rule_has_the_name_unit_default_and_bounds_of_the_doc() {
        List<String> rules = Arrays.stream(BusinessRule.values())
                .map(rule -> rule.dbName() + " " + rule.unit().word() + " " + rule.defaultValue() + " " + rule.min()
                        + " " + rule.max())
                .toList();

        assertThat(rules).containsExactlyElementsOf(DOC_TABLE);
    }

    @Test
    void every_rule_says_what_it_means_and_allows_its_own_default() {
        for (BusinessRule rule : BusinessRule.values()) {
            assertThat(rule.meaning()).as(rule.dbName()).isNotBlank();
            assertThat(rule.allows(rule.defaultValue())).as(rule.dbName()).isTrue();
        }
        assertThat(BusinessRule.SLOT_GRANULARITY.meaning())
                .isEqualTo("a call starts at a local time (coach's zone) whose minutes since midnight are a multiple of this");
    }

    @Test
    void a_rule_is_found_by_its_database_name() {
        assertThat(BusinessRule.fromDbName("monthly_call_limit")).contains(BusinessRule.MONTHLY_CALL_LIMIT);
        assertThat(BusinessRule.fromDbName("MONTHLY_CALL_LIMIT")).isEmpty();
        assertThat(BusinessRule.fromDbName("no_such_rule")).isEmpty();
    }

    @Test
    void a_value_at_a_bound_is_allowed_and_one_past_it_is_refused_with_the_bounds() {
        assertThat(BusinessRule.CALL_LENGTH.checked(15)).isEqualTo(15);
        assertThat(BusinessRule.CALL_LENGTH.checked(240)).isEqualTo(240);
        assertThatThrownBy(() -> BusinessRule.CALL_LENGTH.checked(14)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("call_length must be from 15 to 240 minutes, not 14");
        assertThatThrownBy(() -> BusinessRule.CALL_LENGTH.checked(241)).isInstanceOf(IllegalArgumentException.class);
    }
}
