package app.coachcal.persistence.time;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Reads {@code COACHCAL_FIXED_NOW}, the clock of demos and tests: an instant (with its offset) at which time
 * stands still, or an ISO-8601 duration by which a running clock is ahead (negative: behind).
 *
 * <pre>{@code
 * ClockSetting.parse("2027-03-10T19:30:00Z", Clock.systemUTC())  // fixed at that instant
 * ClockSetting.parse("P90D", Clock.systemUTC())                  // ticking, 90 days ahead
 * }</pre>
 */
public final class ClockSetting {

    private ClockSetting() {
    }

    /** Throws {@link java.time.DateTimeException} for a value that is neither. */
    public static Clock parse(String setting, Clock system) {
        String text = setting.strip();
        if (text.startsWith("P") || text.startsWith("-P")) {
            return Clock.offset(system, Duration.parse(text));
        }
        return Clock.fixed(OffsetDateTime.parse(text).toInstant(), ZoneOffset.UTC);
    }
}
