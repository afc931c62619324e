package app.coachcal.domain.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeRangeTest {

    private static final Instant NINE = Instant.parse("2026-12-01T09:00:00Z");
    private static final Instant TEN = Instant.parse("2026-12-01T10:00:00Z");
    private static final Instant ELEVEN = Instant.parse("2026-12-01T11:00:00Z");

    @Test
    void a_range_that_ends_when_or_before_it_starts_is_refused() {
        assertThatThrownBy(() -> new TimeRange(NINE, NINE)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must end after it starts");
        assertThatThrownBy(() -> new TimeRange(TEN, NINE)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_range_of_a_length_ends_that_long_after_it_starts() {
        TimeRange call = TimeRange.of(NINE, Duration.ofMinutes(60));

        assertThat(call).isEqualTo(new TimeRange(NINE, TEN));
        assertThat(call.duration()).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void ranges_that_only_touch_do_not_overlap() {
        assertThat(new TimeRange(NINE, TEN).overlaps(new TimeRange(TEN, ELEVEN))).isFalse();
        assertThat(new TimeRange(TEN, ELEVEN).overlaps(new TimeRange(NINE, TEN))).isFalse();
    }

    @Test
    void ranges_that_share_a_minute_overlap_both_ways() {
        TimeRange morning = new TimeRange(NINE, TEN.plusSeconds(60));
        TimeRange late = new TimeRange(TEN, ELEVEN);

        assertThat(morning.overlaps(late)).isTrue();
        assertThat(late.overlaps(morning)).isTrue();
    }

    @Test
    void a_range_contains_itself_and_ranges_inside_it_but_not_ranges_that_stick_out() {
        TimeRange window = new TimeRange(NINE, ELEVEN);

        assertThat(window.contains(window)).isTrue();
        assertThat(window.contains(new TimeRange(TEN, ELEVEN))).isTrue();
        assertThat(window.contains(new TimeRange(TEN, ELEVEN.plusSeconds(1)))).isFalse();
        assertThat(window.contains(new TimeRange(NINE.minusSeconds(1), TEN))).isFalse();
    }

    @Test
    void a_range_contains_its_start_but_not_its_end() {
        TimeRange call = new TimeRange(NINE, TEN);

        assertThat(call.contains(NINE)).isTrue();
        assertThat(call.contains(TEN.minusNanos(1))).isTrue();
        assertThat(call.contains(TEN)).isFalse();
        assertThat(call.contains(NINE.minusNanos(1))).isFalse();
    }

    @Test
    void expanding_a_range_moves_its_start_earlier_and_its_end_later() {
        TimeRange expanded = new TimeRange(NINE, TEN).expandedBy(Duration.ofMinutes(15), Duration.ofMinutes(30));

        assertThat(expanded).isEqualTo(new TimeRange(NINE.minusSeconds(15 * 60), TEN.plusSeconds(30 * 60)));
    }

    @Test
    void expanding_by_a_negative_duration_is_refused() {
        assertThatThrownBy(() -> new TimeRange(NINE, TEN).expandedBy(Duration.ofMinutes(-1), Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void clipping_keeps_only_the_part_inside_the_bounds() {
        TimeRange window = new TimeRange(NINE, ELEVEN);

        assertThat(window.clippedTo(new TimeRange(TEN, ELEVEN.plusSeconds(3600)))).contains(new TimeRange(TEN, ELEVEN));
        assertThat(window.clippedTo(new TimeRange(ELEVEN, ELEVEN.plusSeconds(60)))).isEmpty();
    }

    @Test
    void merging_joins_touching_and_overlapping_ranges_and_sorts_them() {
        Instant noon = Instant.parse("2026-12-01T12:00:00Z");
        Instant one = Instant.parse("2026-12-01T13:00:00Z");
        List<TimeRange> merged = TimeRange.merged(List.of(
                new TimeRange(noon, one), new TimeRange(TEN, ELEVEN), new TimeRange(NINE, TEN),
                new TimeRange(NINE, TEN.minusSeconds(60))));

        assertThat(merged).containsExactly(new TimeRange(NINE, ELEVEN), new TimeRange(noon, one));
    }
}
