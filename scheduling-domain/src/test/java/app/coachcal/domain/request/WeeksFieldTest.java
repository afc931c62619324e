package app.coachcal.domain.request;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WeeksFieldTest {

    @ParameterizedTest
    @ValueSource(strings = {"1", "8", "26", "99"})
    void a_number_of_weeks_from_1_to_99_is_accepted(String raw) {
        assertThat(WeeksField.parse(raw)).isEqualTo(Parsed.valid(Integer.valueOf(raw)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "100", "-1", "+4", "04", "4.0", " 4", "٤", "1e1", ""})
    void anything_else_is_refused(String raw) {
        assertThat(WeeksField.parse(raw))
                .isEqualTo(Parsed.invalid("weeks", "Enter the number of weeks as a whole number from 1 to 99"));
    }
}
