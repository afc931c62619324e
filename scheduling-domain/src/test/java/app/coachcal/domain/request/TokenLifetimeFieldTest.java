package app.coachcal.domain.request;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TokenLifetimeFieldTest {

    @ParameterizedTest
    @ValueSource(strings = {"1", "30", "90", "365"})
    void a_number_of_days_from_1_to_365_is_accepted(String raw) {
        assertThat(TokenLifetimeField.parse(raw)).isEqualTo(Parsed.valid(Integer.valueOf(raw)));
    }

    @Test
    void no_value_means_90_days() {
        assertThat(TokenLifetimeField.parse(null)).isEqualTo(Parsed.valid(90));
        assertThat(TokenLifetimeField.parse("")).isEqualTo(Parsed.valid(90));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "366", "1000", "-1", "+4", "04", "4.0", " 4", "٤", "1e1"})
    void anything_else_is_refused(String raw) {
        assertThat(TokenLifetimeField.parse(raw))
                .isEqualTo(Parsed.invalid("expiresInDays", "Enter the number of days as a whole number from 1 to 365"));
    }
}
