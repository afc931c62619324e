package app.coachcal.domain.officehours;

import java.time.LocalTime;

/**
 * Wall-clock windows within one day. An end of {@link LocalTime#MIDNIGHT}
 * means "until midnight" (24:00, as the database writes it), so a window may
 * run to the end of its day but never crosses into the next.
 */
final class WallClock {

    private WallClock() {
    }

    static boolean isWindow(LocalTime start, LocalTime end) {
        return end.isAfter(start) || end.equals(LocalTime.MIDNIGHT);
    }

    static boolean endsAtMidnight(LocalTime end) {
        return end.equals(LocalTime.MIDNIGHT);
    }
}
