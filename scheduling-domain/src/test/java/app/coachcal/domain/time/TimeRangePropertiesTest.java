package app.coachcal.domain.time;

import static app.coachcal.domain.testing.Pick.between;
import static app.coachcal.domain.testing.Pick.listOf;
import static app.coachcal.domain.testing.PropertyCheck.forAll;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TimeRangePropertiesTest {

    private static final Instant BASE = Instant.parse("2026-01-01T00:00:00Z");

    private static TimeRange range(Random random) {
        int start = between(random, 0, 240);
        return new TimeRange(BASE.plusSeconds(60L * start), BASE.plusSeconds(60L * (start + between(random, 1, 60))));
    }

    @Test
    void merged_ranges_are_sorted_apart_and_cover_the_same_minutes() {
        forAll(500, random -> listOf(random, 0, 8, TimeRangePropertiesTest::range), ranges -> {
            List<TimeRange> merged = TimeRange.merged(ranges);

            for (int i = 1; i < merged.size(); i++) {
                assertThat(merged.get(i).start()).isAfter(merged.get(i - 1).end());
            }
            for (int minute = -10; minute < 310; minute++) {
                Instant instant = BASE.plusSeconds(60L * minute);
                boolean before = ranges.stream().anyMatch(range -> range.contains(instant));
                boolean after = merged.stream().anyMatch(range -> range.contains(instant));
                assertThat(after).as("minute %d", minute).isEqualTo(before);
            }
        });
    }

    @Test
    void overlapping_is_symmetric_and_means_sharing_an_instant() {
        forAll(1000, random -> List.of(range(random), range(random)), pair -> {
            TimeRange a = pair.get(0);
            TimeRange b = pair.get(1);
            boolean shareAStart = a.contains(b.start()) || b.contains(a.start());

            assertThat(a.overlaps(b)).isEqualTo(b.overlaps(a)).isEqualTo(shareAStart);
        });
    }
}
