package app.coachcal.domain.availability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.coachcal.domain.time.TimeRange;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class SlotGridTest {

    private static final Duration HALF_HOUR = Duration.ofMinutes(30);

    @Test
    void the_grid_follows_the_coach_zone_not_utc() {
        SlotGrid kathmandu = new SlotGrid(ZoneId.of("Asia/Kathmandu"), HALF_HOUR);

        // Kathmandu is UTC+05:45, so 09:00 there is 03:15Z.
        assertThat(kathmandu.contains(Instant.parse("2026-12-01T03:15:00Z"))).isTrue();
        assertThat(kathmandu.contains(Instant.parse("2026-12-01T03:00:00Z"))).isFalse();
    }

    @Test
    void a_start_with_seconds_is_off_the_grid() {
        SlotGrid utc = new SlotGrid(ZoneId.of("UTC"), HALF_HOUR);

        assertThat(utc.contains(Instant.parse("2026-12-01T09:30:00Z"))).isTrue();
        assertThat(utc.contains(Instant.parse("2026-12-01T09:30:01Z"))).isFalse();
        assertThat(utc.contains(Instant.parse("2026-12-01T09:30:00.001Z"))).isFalse();
    }

    @Test
    void minutes_are_counted_from_midnight_so_a_45_minute_grid_gives_00_45_01_30() {
        SlotGrid grid = new SlotGrid(ZoneId.of("UTC"), Duration.ofMinutes(45));
        TimeRange night = new TimeRange(Instant.parse("2026-12-01T00:00:00Z"), Instant.parse("2026-12-01T02:00:00Z"));

        assertThat(grid.startsWithin(night)).containsExactly(Instant.parse("2026-12-01T00:00:00Z"),
                Instant.parse("2026-12-01T00:45:00Z"), Instant.parse("2026-12-01T01:30:00Z"));
    }

    @Test
    void a_local_time_that_happens_twice_gives_two_starts_and_one_that_never_happens_gives_none() {
        SlotGrid grid = new SlotGrid(ZoneId.of("America/Los_Angeles"), Duration.ofMinutes(60));

        // 1 Nov 2026: 01:00 PDT (08:00Z) and 01:00 PST (09:00Z), then 02:00 PST (10:00Z).
        assertThat(grid.startsWithin(new TimeRange(Instant.parse("2026-11-01T07:30:00Z"), Instant.parse("2026-11-01T10:30:00Z"))))
                .containsExactly(Instant.parse("2026-11-01T08:00:00Z"), Instant.parse("2026-11-01T09:00:00Z"),
                        Instant.parse("2026-11-01T10:00:00Z"));
        // 8 Mar 2026: 01:00 PST (09:00Z), then 03:00 PDT (10:00Z); 02:00 does not exist.
        assertThat(grid.startsWithin(new TimeRange(Instant.parse("2026-03-08T08:30:00Z"), Instant.parse("2026-03-08T11:30:00Z"))))
                .containsExactly(Instant.parse("2026-03-08T09:00:00Z"), Instant.parse("2026-03-08T10:00:00Z"),
                        Instant.parse("2026-03-08T11:00:00Z"));
    }

    @Test
    void a_grid_of_less_than_a_whole_minute_is_refused() {
        assertThatThrownBy(() -> new SlotGrid(ZoneId.of("UTC"), Duration.ofSeconds(90)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SlotGrid(ZoneId.of("UTC"), Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
