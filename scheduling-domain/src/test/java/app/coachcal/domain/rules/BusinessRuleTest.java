package app.coachcal.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class BusinessRuleTest {

    /** The doc the enum is written from; tests run in the module's directory. */
    private static final Path BOOKING_MODEL = Path.of("..", "docs", "booking-model.md");
    /** A row of the doc's table "Business rules": | `name` | unit | default | min | max | meaning |. */
    private static final Pattern DOC_ROW = Pattern.compile(
            "^\\|\\s*`([a-z_]+)`\\s*\\|\\s*(\\w+)\\s*\\|\\s*(\\d+)\\s*\\|\\s*(\\d+)\\s*\\|\\s*(\\d+)\\s*\\|\\s*(.+?)\\s*\\|$");

    @Test
    void every_rule_has_the_name_unit_default_bounds_and_meaning_of_the_doc() throws IOException {
        List<String> documented = Files.readAllLines(BOOKING_MODEL).stream().map(DOC_ROW::matcher)
                .filter(Matcher::matches)
                .map(row -> String.join(" | ", row.group(1), row.group(2), row.group(3), row.group(4), row.group(5),
                        row.group(6)))
                .toList();
        List<String> rules = Arrays.stream(BusinessRule.values())
                .map(rule -> String.join(" | ", rule.dbName(), rule.unit().word(), "" + rule.defaultValue(),
                        "" + rule.min(), "" + rule.max(), rule.meaning()))
                .toList();

        assertThat(rules).containsExactlyElementsOf(documented);
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
