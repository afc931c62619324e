package app.coachcal.domain.availability;

import app.coachcal.domain.time.TimeRange;
import java.time.Duration;
import java.util.List;

/**
 * Whether a call is clear of other calls: of the coach's by {@code buffer} on either side, of the client's
 * own without buffer. The one place this is written: {@link SlotCalculator} offers only clear slots and
 * {@code BookingPolicy.checkNotTaken} refuses the others as {@code slot-taken}.
 */
public final class Clearance {

    private Clearance() {
    }

    public static boolean isClear(TimeRange call, Duration buffer, List<TimeRange> coachBooked,
            List<TimeRange> clientBooked) {
        TimeRange withBuffer = call.expandedBy(buffer, buffer);
        return coachBooked.stream().noneMatch(withBuffer::overlaps) && clientBooked.stream().noneMatch(call::overlaps);
    }
}
