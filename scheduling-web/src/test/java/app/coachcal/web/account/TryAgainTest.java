package app.coachcal.web.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TryAgainTest {

    private static final Instant NOW = Instant.parse("2026-12-02T10:37:30Z");

    @Test
    void the_wait_is_rounded_up_to_whole_minutes_and_the_time_to_the_next_minute() {
        assertThat(TryAgain.message(Duration.ofSeconds(890), NOW))
                .endsWith("Try again in 15 minutes, after 10:53 UTC.");
    }

    @Test
    void a_few_seconds_are_one_minute() {
        assertThat(TryAgain.message(Duration.ofSeconds(5), NOW)).endsWith("Try again in 1 minute, after 10:38 UTC.");
    }
}
