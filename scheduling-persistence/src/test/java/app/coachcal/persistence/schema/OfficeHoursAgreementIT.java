package app.coachcal.persistence.schema;

import static org.assertj.core.api.Assertions.assertThat;

import app.coachcal.domain.availability.Slot;
import app.coachcal.domain.availability.SlotCalculator;
import app.coachcal.domain.availability.SlotGrid;
import app.coachcal.domain.officehours.OfficeHours;
import app.coachcal.domain.rules.BusinessRule;
import app.coachcal.domain.rules.BusinessRules;
import app.coachcal.domain.time.TimeRange;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The domain and the database checked against each other, not each against itself: for random office
 * hours, coach zones and days around both DST changes of each zone, every slot {@link SlotCalculator} offers
 * is booked by the trigger, and every other start on the grid is refused as
 * {@code appointment_inside_office_hours}; each attempt in a savepoint that is rolled back.
 *
 * <p>Seeds are fixed and a failure names its seed (the days tried are counted from today, so repeat a
 * failure soon); {@code -Dcoachcal.seed=N} starts elsewhere and {@code -Dcoachcal.agreement.cases=N}
 * tries more cases (default: each zone's next two DST changes once). The seed picks the zone too.
 */
class OfficeHoursAgreementIT extends SchemaTest {

    private static final long FIRST_SEED = Long.getLong("coachcal.seed", 20_261_213L);
    private static final List<ZoneId> ZONES = List.of("Europe/London", "America/Los_Angeles", "Australia/Sydney",
                    "Asia/Kolkata", "America/St_Johns", "America/Santiago", "America/Havana", "Pacific/Chatham",
                    "Australia/Lord_Howe", "UTC").stream().map(ZoneId::of).toList();
    private static final int CASES = Integer.getInteger("coachcal.agreement.cases", 2 * ZONES.size());
    private static final String OUTSIDE = "appointment_inside_office_hours";

    @Test
    void every_slot_the_domain_offers_is_booked_by_the_trigger_and_every_other_grid_start_is_refused()
            throws SQLException {
        for (long seed = FIRST_SEED; seed < FIRST_SEED + CASES; seed++) {
            ZoneId zone = ZONES.get((int) Math.floorMod(seed, (long) ZONES.size()));
            int whichChange = (int) Math.floorMod(seed / ZONES.size(), 2L);
            assertThat(disagreements(new Random(seed), zone, whichChange))
                    .as("seed %d, coach in %s; repeat with -Dcoachcal.seed=%d -Dcoachcal.agreement.cases=1",
                            seed, zone, seed)
                    .isEmpty();
        }
    }

    private List<String> disagreements(Random random, ZoneId zone, int whichChange) throws SQLException {
        Instant now = Instant.now();
        LocalDate centre = dstChangeDay(zone, now, whichChange)
                .orElse(LocalDate.ofInstant(now, zone).plusDays(10 + random.nextInt(300)));
        LocalDate first = centre.minusDays(1);
        LocalDate last = centre.plusDays(1);
        TimeRange days = new TimeRange(first.atStartOfDay(zone).toInstant(), last.plusDays(1).atStartOfDay(zone).toInstant());
        OfficeHours hours = RandomOfficeHours.pick(random, zone, first, last);
        BusinessRules rules = BusinessRules.defaults()
                .with(BusinessRule.SLOT_GRANULARITY, List.of(15, 20, 30, 45, 60).get(random.nextInt(5)))
                .with(BusinessRule.CALL_LENGTH, List.of(30, 45, 60, 90, 120).get(random.nextInt(5)))
                .with(BusinessRule.BOOKING_NOTICE, 0)
                .with(BusinessRule.BOOKING_HORIZON, BusinessRule.BOOKING_HORIZON.max());

        Savepoint beforeCase = sql.setSavepoint();
        given.rule("slot_granularity", rules.value(BusinessRule.SLOT_GRANULARITY));
        given.rule("call_length", rules.value(BusinessRule.CALL_LENGTH));
        long coach = given.coach(zone.getId());
        RandomOfficeHours.insert(given, coach, hours);
        Given.Relationship pair = given.relationship(coach, given.client("Asia/Kolkata"));
        Set<Instant> offered = new SlotCalculator(rules, Clock.fixed(now, ZoneOffset.UTC))
                .freeSlots(hours, List.of(), List.of(), days).stream().map(Slot::start).collect(Collectors.toSet());
        List<Instant> starts = new SlotGrid(zone, rules.slotGranularity()).startsWithin(days).stream()
                .filter(start -> !start.isAfter(now.plus(rules.bookingHorizon()))).toList();
        Map<Instant, String> verdicts = BookingAttempts.verdicts(sql, pair, starts, rules.callLength());
        List<String> disagreements = new ArrayList<>();
        for (Instant start : starts) {
            String expected = offered.contains(start) ? BookingAttempts.BOOKED : OUTSIDE;
            if (!expected.equals(verdicts.get(start))) {
                disagreements.add(start.atZone(zone) + ": domain " + expected + ", database " + verdicts.get(start));
            }
        }
        sql.rollback(beforeCase);
        if (!disagreements.isEmpty()) {
            disagreements.add(0, "call " + rules.callLength() + " every " + rules.slotGranularity() + ", " + hours);
        }
        return disagreements;
    }

    /** The local date of the zone's first (0) or second (1) DST change from a week ahead; empty without DST. */
    private static Optional<LocalDate> dstChangeDay(ZoneId zone, Instant now, int whichChange) {
        ZoneOffsetTransition change = zone.getRules().nextTransition(now.plus(Duration.ofDays(8)));
        if (change != null && whichChange % 2 == 1) {
            change = zone.getRules().nextTransition(change.getInstant());
        }
        return Optional.ofNullable(change).map(transition -> transition.getDateTimeAfter().toLocalDate());
    }
}
