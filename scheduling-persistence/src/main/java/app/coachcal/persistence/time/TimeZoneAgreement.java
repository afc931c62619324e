package app.coachcal.persistence.time;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Whether Java and PostgreSQL give every zone the same UTC offset over a period. Each layer has its own copy
 * of the IANA tz data; when a zone's rules change, one copy may lag, and Java would then offer slots that the
 * database's office-hours rule refuses. Both are sampled at the same instants (every {@link #STEP}); the
 * database sends only the samples where its offset changes, so one query covers months of many zones.
 *
 * <pre>{@code
 * List<Disagreement> found = TimeZoneAgreement.disagreements(databaseChanges, from, to, TimeZoneAgreement.JAVA);
 * }</pre>
 */
public final class TimeZoneAgreement {

    static final Duration STEP = Duration.ofHours(1);

    /** Where Java's offsets come from; a test gives its own to play a disagreement. */
    @FunctionalInterface
    public interface Offsets {
        ZoneOffset at(String zone, Instant instant);
    }

    public static final Offsets JAVA = (zone, instant) -> ZoneId.of(zone).getRules().getOffset(instant);

    /** An offset the database gives from {@code at} on (until its next change). */
    public record Change(Instant at, ZoneOffset offset) {
    }

    /** The first sample at which the two layers give a zone different offsets. */
    public record Disagreement(String zone, Instant at, ZoneOffset java, ZoneOffset database) {
    }

    private TimeZoneAgreement() {
    }

    /**
     * One disagreement per zone that has any (its first), earliest first.
     *
     * @param databaseChanges per zone, the database's offset at {@code from} and at each sample where it changes
     */
    public static List<Disagreement> disagreements(Map<String, List<Change>> databaseChanges, Instant from, Instant to,
                                                   Offsets java) {
        List<Disagreement> found = new ArrayList<>();
        databaseChanges.forEach((zone, changes) -> firstIn(zone, changes, from, to, java).ifPresent(found::add));
        found.sort((a, b) -> a.at().compareTo(b.at()));
        return found;
    }

    private static Optional<Disagreement> firstIn(String zone, List<Change> changes, Instant from, Instant to,
                                                  Offsets java) {
        int next = 0;
        ZoneOffset database = null;
        for (Instant at = from; !at.isAfter(to); at = at.plus(STEP)) {
            while (next < changes.size() && !changes.get(next).at().isAfter(at)) {
                database = changes.get(next++).offset();
            }
            ZoneOffset javaOffset = java.at(zone, at);
            if (!javaOffset.equals(database)) {
                return Optional.of(new Disagreement(zone, at, javaOffset, database));
            }
        }
        return Optional.empty();
    }
}
