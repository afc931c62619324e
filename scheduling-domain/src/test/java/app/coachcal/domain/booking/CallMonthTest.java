package app.coachcal.domain.booking;

import static org.assertj.core.api.Assertions.assertThat;

import app.coachcal.domain.time.TimeRange;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class CallMonthTest {

    private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");

    @Test
    void a_call_counts_in_the_month_of_its_start_in_the_client_zone() {
        Instant firstOfDecemberInUtc = Instant.parse("2026-12-01T02:00:00Z");

        assertThat(CallMonth.of(firstOfDecemberInUtc, LOS_ANGELES).month()).isEqualTo(YearMonth.of(2026, 11));
        assertThat(CallMonth.of(firstOfDecemberInUtc, ZoneId.of("UTC")).month()).isEqualTo(YearMonth.of(2026, 12));
    }

    @Test
    void the_month_runs_from_local_midnight_to_local_midnight() {
        TimeRange november = new CallMonth(YearMonth.of(2026, 11), LOS_ANGELES).range();

        // 1 November 2026 00:00 is still PDT (-07:00); 1 December is PST (-08:00).
        assertThat(november).isEqualTo(new TimeRange(Instant.parse("2026-11-01T07:00:00Z"),
                Instant.parse("2026-12-01T08:00:00Z")));
    }
}
