package app.coachcal.persistence.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ClockSettingTest {

    private static final Clock SYSTEM = Clock.fixed(Instant.parse("2026-12-02T08:00:00Z"), ZoneOffset.UTC);

    @Test
    void an_instant_fixes_the_clock_there_whatever_its_offset() {
        assertThat(ClockSetting.parse("2027-03-10T19:30:00Z", SYSTEM).instant())
                .isEqualTo(Instant.parse("2027-03-10T19:30:00Z"));
        assertThat(ClockSetting.parse("2027-03-10T11:30:00-08:00", SYSTEM).instant())
                .isEqualTo(Instant.parse("2027-03-10T19:30:00Z"));
    }

    @Test
    void a_duration_shifts_the_system_clock_either_way() {
        assertThat(ClockSetting.parse("P90D", SYSTEM).instant()).isEqualTo(Instant.parse("2027-03-02T08:00:00Z"));
        assertThat(ClockSetting.parse("-PT3H", SYSTEM).instant()).isEqualTo(Instant.parse("2026-12-02T05:00:00Z"));
    }

    @Test
    void anything_else_is_refused() {
        assertThatThrownBy(() -> ClockSetting.parse("tomorrow", SYSTEM)).isInstanceOf(DateTimeException.class);
    }
}
