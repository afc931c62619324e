package app.coachcal.persistence.eclipselink;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class ExpectedFailuresLogTest {

    @Test
    void a_rule_the_database_enforced_is_answered_elsewhere_however_deep_it_is_wrapped() {
        SQLException exclusion = new SQLException("conflicting key value violates exclusion constraint", "23P01");
        SQLException trigger = new SQLException("A call must start in the future.", "23514");

        assertThat(ExpectedFailuresLog.answeredElsewhere(new RuntimeException(new IllegalStateException(exclusion))))
                .isTrue();
        assertThat(ExpectedFailuresLog.answeredElsewhere(new RuntimeException(trigger))).isTrue();
    }

    @Test
    void a_lost_race_and_an_unreachable_database_are_answered_elsewhere() {
        assertThat(ExpectedFailuresLog.answeredElsewhere(new SQLException("deadlock detected", "40P01"))).isTrue();
        assertThat(ExpectedFailuresLog.answeredElsewhere(new SQLException("Connection refused", "08001"))).isTrue();
        assertThat(ExpectedFailuresLog.answeredElsewhere(new SQLException(
                "Error in allocating a connection. Cause: Connection could not be allocated"))).isTrue();
    }

    @Test
    void any_other_failure_is_logged_as_before() {
        assertThat(ExpectedFailuresLog.answeredElsewhere(new SQLException("relation does not exist", "42P01"))).isFalse();
        assertThat(ExpectedFailuresLog.answeredElsewhere(new IllegalStateException("no SQL here"))).isFalse();
        assertThat(ExpectedFailuresLog.answeredElsewhere(null)).isFalse();
    }
}
