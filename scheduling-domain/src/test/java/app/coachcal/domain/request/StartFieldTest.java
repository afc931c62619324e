package app.coachcal.domain.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StartFieldTest {

    @Test
    void a_date_time_with_an_offset_is_the_instant_it_names() {
        assertThat(StartField.parse("2026-12-01T09:00:00-08:00")).isEqualTo(Parsed.valid(Instant.parse("2026-12-01T17:00:00Z")));
        assertThat(StartField.parse("2026-12-01T17:00Z")).isEqualTo(Parsed.valid(Instant.parse("2026-12-01T17:00:00Z")));
        assertThat(StartField.parse("2026-12-01T22:30:00.000+05:30")).isEqualTo(Parsed.valid(Instant.parse("2026-12-01T17:00:00Z")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-12-01T09:00:00", "2026-12-01 09:00:00Z", "2026-12-01t09:00:00z", "2026-12-01T09:00:00+0800",
            "2026-12-01T09:00:00 -08:00", "1764579600", "2026-12-01T09:00:00-08:00[America/Los_Angeles]",
            "２０２６-12-01T09:00:00Z", "2026-12-01T09:00:00.0000000000Z"})
    void a_start_without_an_offset_or_in_another_shape_is_refused_with_an_example(String raw) {
        assertThat(StartField.parse(raw)).isEqualTo(Parsed.invalid("start", StartField.FORMAT));
    }

    @Test
    void a_start_longer_than_40_characters_is_refused() {
        assertThat(StartField.parse("2026-12-01T09:00:00.000000000-08:00" + "       ").isValid()).isFalse();
    }

    @Test
    void a_date_or_time_that_does_not_exist_is_refused() {
        assertThat(StartField.parse("2026-02-30T09:00:00Z"))
                .isEqualTo(Parsed.invalid("start", "Enter a real date and time, like 2026-12-01T09:00:00-08:00"));
        assertThat(StartField.parse("2026-12-01T24:00:00Z").isValid()).isFalse();
        assertThat(StartField.parse("2026-12-01T09:00:00+19:00").isValid()).isFalse();
    }

    @Test
    void a_year_outside_2000_to_2100_is_refused() {
        assertThat(StartField.parse("1999-12-31T09:00:00Z"))
                .isEqualTo(Parsed.invalid("start", "Enter a start time between the years 2000 and 2100"));
        assertThat(StartField.parse("2101-01-01T09:00:00Z").isValid()).isFalse();
        assertThat(StartField.parse("2100-12-31T09:00:00Z").isValid()).isTrue();
    }

    @Test
    void a_start_that_is_not_a_whole_minute_is_refused() {
        assertThat(StartField.parse("2026-12-01T09:00:30Z"))
                .isEqualTo(Parsed.invalid("start", "Enter a start time on a whole minute, like 09:00 or 09:30"));
        assertThat(StartField.parse("2026-12-01T09:00:00.5Z").isValid()).isFalse();
    }

    @Test
    void a_missing_start_is_refused() {
        assertThat(StartField.parse(null)).isEqualTo(Parsed.invalid("start", "Enter a start time"));
        assertThat(StartField.parse("")).isEqualTo(Parsed.invalid("start", "Enter a start time"));
    }
}
