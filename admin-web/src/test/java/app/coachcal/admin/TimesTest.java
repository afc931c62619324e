package app.coachcal.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class TimesTest {

    @Test
    void reads_hours_and_minutes_with_24_00_as_midnight_and_refuses_anything_else() {
        assertThat(Times.time("09:30")).contains(LocalTime.of(9, 30));
        assertThat(Times.time(" 9:30 ")).contains(LocalTime.of(9, 30));
        assertThat(Times.time("24:00")).contains(LocalTime.MIDNIGHT);
        assertThat(Times.time("25:00")).isEmpty();
        assertThat(Times.time("9 am")).isEmpty();
        assertThat(Times.time(null)).isEmpty();
    }

    @Test
    void reads_iso_dates_only() {
        assertThat(Times.date("2026-12-24")).contains(LocalDate.of(2026, 12, 24));
        assertThat(Times.date("24/12/2026")).isEmpty();
        assertThat(Times.date("2026-02-30")).isEmpty();
        assertThat(Times.date("")).isEmpty();
    }

    @Test
    void writes_instants_in_the_given_zone_and_window_ends_at_midnight_as_24_00() {
        Instant nine = Instant.parse("2026-12-07T09:00:00Z");
        assertThat(Times.dateTime(nine, ZoneId.of("America/New_York"))).isEqualTo("Mon 7 Dec 2026, 04:00");
        assertThat(Times.windowEnd(LocalTime.MIDNIGHT)).isEqualTo("24:00");
        assertThat(Times.day(LocalDate.of(2026, 12, 7))).isEqualTo("Monday 7 December 2026");
    }
}
