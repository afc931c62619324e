package app.coachcal.web.account;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.format.DateTimeFormatter;

/**
 * The words for "too many failed sign-ins": how long to wait, rounded up to whole minutes, and the time
 * (UTC: who is signing in, and so their zone, is not known yet).
 *
 * <pre>{@code
 * TryAgain.message(Duration.ofSeconds(890), now); // "… Try again in 15 minutes, after 10:52 UTC."
 * }</pre>
 */
final class TryAgain {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC);

    private TryAgain() {
    }

    static String message(Duration wait, Instant now) {
        long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
        return "Too many failed sign-ins for this account or from your network. Try again in " + minutes
                + (minutes == 1 ? " minute" : " minutes") + ", after " + CLOCK.format(now.plus(wait).plusSeconds(59).truncatedTo(ChronoUnit.MINUTES)) + " UTC.";
    }
}
