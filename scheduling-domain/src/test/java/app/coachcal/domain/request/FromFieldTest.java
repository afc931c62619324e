package app.coachcal.domain.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FromFieldTest {

    @Test
    void a_date_written_yyyy_mm_dd_is_that_date() {
        assertThat(FromField.parse("2026-12-01")).isEqualTo(Parsed.valid(LocalDate.of(2026, 12, 1)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-12-1", "01/12/2026", "2026-12-01T00:00", "+2026-12-01", " 2026-12-01", "20261201"})
    void a_date_in_another_shape_is_refused(String raw) {
        assertThat(FromField.parse(raw)).isEqualTo(Parsed.invalid("from", "Enter the date as YYYY-MM-DD, like 2026-12-01"));
    }

    @Test
    void a_date_that_does_not_exist_is_refused() {
        assertThat(FromField.parse("2026-02-29")).isEqualTo(Parsed.invalid("from", "Enter a real date, like 2026-12-01"));
        assertThat(FromField.parse("2028-02-29").isValid()).isTrue();
    }

    @Test
    void a_date_outside_2000_to_2100_or_missing_is_refused() {
        assertThat(FromField.parse("1970-01-01")).isEqualTo(Parsed.invalid("from", "Enter a date between the years 2000 and 2100"));
        assertThat(FromField.parse(null)).isEqualTo(Parsed.invalid("from", "Enter a date"));
    }
}
