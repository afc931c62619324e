package app.coachcal.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BusinessRulesTest {

    @Test
    void the_defaults_are_the_defaults_of_the_doc_in_typed_form() {
        BusinessRules rules = BusinessRules.defaults();

        assertThat(rules.callLength()).isEqualTo(Duration.ofMinutes(60));
        assertThat(rules.slotGranularity()).isEqualTo(Duration.ofMinutes(30));
        assertThat(rules.bookingNotice()).isEqualTo(Duration.ofMinutes(120));
        assertThat(rules.bookingHorizon()).isEqualTo(Duration.ofDays(60));
        assertThat(rules.changeNotice()).isEqualTo(Duration.ofMinutes(1440));
        assertThat(rules.historyWindowWeeks()).isEqualTo(12);
        assertThat(rules.monthlyCallLimit()).isEqualTo(2);
        assertThat(rules.buffer()).isEqualTo(Duration.ZERO);
        assertThat(rules.lookaheadCapWeeks()).isEqualTo(8);
    }

    @Test
    void rules_read_as_whole_numbers_are_written_back_as_the_same_numbers() {
        Map<BusinessRule, Integer> values = BusinessRules.defaults().values();
        values.put(BusinessRule.BOOKING_HORIZON, 366);
        values.put(BusinessRule.BUFFER, 15);

        BusinessRules rules = BusinessRules.fromValues(values);

        assertThat(rules.bookingHorizon()).isEqualTo(Duration.ofDays(366));
        assertThat(rules.buffer()).isEqualTo(Duration.ofMinutes(15));
        assertThat(rules.values()).isEqualTo(values);
    }

    @Test
    void a_missing_rule_is_refused_by_name() {
        Map<BusinessRule, Integer> values = BusinessRules.defaults().values();
        values.remove(BusinessRule.CHANGE_NOTICE);

        assertThatThrownBy(() -> BusinessRules.fromValues(values)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("change_notice");
    }

    @Test
    void a_value_outside_its_bounds_is_refused() {
        assertThatThrownBy(() -> BusinessRules.defaults().with(BusinessRule.MONTHLY_CALL_LIMIT, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("monthly_call_limit");
        assertThatThrownBy(() -> BusinessRules.defaults().with(BusinessRule.LOOKAHEAD_CAP, 27))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lookahead_cap");
    }

    @Test
    void a_duration_that_is_not_whole_units_of_its_rule_is_refused() {
        BusinessRules defaults = BusinessRules.defaults();

        assertThatThrownBy(() -> new BusinessRules(Duration.ofSeconds(3630), defaults.slotGranularity(),
                defaults.bookingNotice(), defaults.bookingHorizon(), defaults.changeNotice(),
                defaults.historyWindowWeeks(), defaults.monthlyCallLimit(), defaults.buffer(),
                defaults.lookaheadCapWeeks()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("call_length must be whole minutes");
        assertThatThrownBy(() -> new BusinessRules(defaults.callLength(), defaults.slotGranularity(),
                defaults.bookingNotice(), Duration.ofHours(36), defaults.changeNotice(),
                defaults.historyWindowWeeks(), defaults.monthlyCallLimit(), defaults.buffer(),
                defaults.lookaheadCapWeeks()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("booking_horizon must be whole days");
    }

    @Test
    void changing_one_rule_keeps_the_others() {
        BusinessRules rules = BusinessRules.defaults().with(BusinessRule.CALL_LENGTH, 45);

        assertThat(rules.callLength()).isEqualTo(Duration.ofMinutes(45));
        assertThat(rules.value(BusinessRule.CALL_LENGTH)).isEqualTo(45);
        assertThat(rules.slotGranularity()).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void the_weeks_asked_for_are_capped_by_the_lookahead_cap() {
        BusinessRules rules = BusinessRules.defaults();

        assertThat(rules.cappedLookaheadWeeks(3)).isEqualTo(3);
        assertThat(rules.cappedLookaheadWeeks(99)).isEqualTo(8);
    }
}
