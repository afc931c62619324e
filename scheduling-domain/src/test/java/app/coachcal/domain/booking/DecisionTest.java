package app.coachcal.domain.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DecisionTest {

    @Test
    void an_accepted_decision_folds_to_its_value() {
        Decision<String> decision = Decision.accepted("09:00");

        assertThat(decision.isAccepted()).isTrue();
        assertThat(decision.fold(value -> "book " + value, Refusal::slug)).isEqualTo("book 09:00");
    }

    @Test
    void a_refused_decision_folds_to_its_refusal() {
        Decision<String> decision = Decision.refused(Refusal.TOO_SOON);

        assertThat(decision.isAccepted()).isFalse();
        assertThat(decision.fold(value -> "book " + value, Refusal::slug)).isEqualTo("too-soon");
        assertThat(decision).isEqualTo(new Decision.Refused<String>(Refusal.TOO_SOON));
    }

    @Test
    void a_decision_without_a_value_or_reason_cannot_be_made() {
        assertThatThrownBy(() -> Decision.accepted(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Decision.refused(null)).isInstanceOf(NullPointerException.class);
    }
}
