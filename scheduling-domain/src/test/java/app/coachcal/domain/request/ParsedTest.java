package app.coachcal.domain.request;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ParsedTest {

    @Test
    void a_valid_result_folds_to_its_value_and_keeps_it_under_another_field_name() {
        Parsed<Integer> weeks = WeeksField.parse("4");
        int days = weeks.fold(value -> value * 7, error -> -1);

        assertThat(weeks.isValid()).isTrue();
        assertThat(days).isEqualTo(28);
        assertThat(weeks.forField("numberOfWeeks")).isEqualTo(Parsed.valid(4));
    }

    @Test
    void an_error_can_be_reported_against_the_form_field_it_came_from() {
        Parsed<Integer> weeks = WeeksField.parse("0").forField("numberOfWeeks");

        String field = weeks.fold(value -> "valid", FieldError::field);

        assertThat(weeks.isValid()).isFalse();
        assertThat(field).isEqualTo("numberOfWeeks");
    }
}
