package app.coachcal.domain.availability;

import static org.assertj.core.api.Assertions.assertThat;

import app.coachcal.domain.rules.BusinessRules;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The bounds of booking_notice and booking_horizon are themselves allowed; now is not. */
class BookingWindowTest {

    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");
    private static final BookingWindow WINDOW = new BookingWindow(NOW, BusinessRules.defaults());

    @Test
    void a_start_exactly_at_the_notice_or_at_the_horizon_is_allowed() {
        assertThat(WINDOW.allows(NOW.plus(Duration.ofMinutes(120)))).isTrue();
        assertThat(WINDOW.allows(NOW.plus(Duration.ofDays(60)))).isTrue();
    }

    @Test
    void a_start_now_within_the_notice_or_past_the_horizon_is_refused_for_its_own_reason() {
        assertThat(WINDOW.isInThePast(NOW)).isTrue();
        assertThat(WINDOW.isTooSoon(NOW.plus(Duration.ofMinutes(119)))).isTrue();
        assertThat(WINDOW.isTooFarAhead(NOW.plus(Duration.ofDays(60)).plusSeconds(1))).isTrue();
        assertThat(WINDOW.allows(NOW.plus(Duration.ofMinutes(119)))).isFalse();
    }
}
