package app.coachcal.domain.availability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SlotTest {

    @Test
    void a_slot_starts_and_ends_where_its_range_does() {
        Slot slot = Slot.of(Instant.parse("2026-12-01T09:00:00Z"), Duration.ofMinutes(60));

        assertThat(slot.start()).isEqualTo(Instant.parse("2026-12-01T09:00:00Z"));
        assertThat(slot.end()).isEqualTo(Instant.parse("2026-12-01T10:00:00Z"));
        assertThat(slot.range().duration()).isEqualTo(Duration.ofHours(1));
    }
}
