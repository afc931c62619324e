package app.coachcal.persistence.schema;

import static app.coachcal.persistence.schema.Refusal.CHECK_VIOLATION;
import static java.time.DayOfWeek.MONDAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.time.zone.ZoneOffsetTransition;
import org.junit.jupiter.api.Test;

/**
 * Office hours are wall-clock times in the coach's zone, in summer and in
 * winter. The clock changes are the next ones after today, so the tests stay
 * in the future: written in November 2026, they are the 2027 changes
 * (London 28 March and 31 October, Los Angeles 14 March and 7 November).
 */
class DaylightSavingIT extends SchemaTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");

    private static ZoneOffsetTransition next(ZoneId zone, boolean springForward) {
        Instant from = Instant.now();
        while (true) {
            ZoneOffsetTransition transition = zone.getRules().nextTransition(from);
            if (transition.isGap() == springForward) {
                return transition;
            }
            from = transition.getInstant();
        }
    }

    private static LocalDate mondayAfter(ZoneOffsetTransition transition) {
        return transition.getDateTimeBefore().toLocalDate().with(TemporalAdjusters.next(MONDAY));
    }

    private Given.Relationship coachWithWeekdayMornings(ZoneId zone) throws SQLException {
        Given.Relationship pair = given.coachingPair(zone.getId(), zone.getId());
        given.weeklyHours(pair.coachId(), "09:00", "12:00", 1, 2, 3, 4, 5);
        return pair;
    }

    private void nineOClockIsBookableAndEightIsNot(ZoneId zone) throws SQLException {
        Given.Relationship pair = coachWithWeekdayMornings(zone);
        for (boolean springForward : new boolean[] {true, false}) {
            LocalDate monday = mondayAfter(next(zone, springForward));
            ZonedDateTime nine = monday.atTime(9, 0).atZone(zone);
            ZonedDateTime eight = monday.atTime(8, 0).atZone(zone);

            long call = given.call(pair, nine);

            OffsetDateTime stored = given.value(OffsetDateTime.class, "SELECT starts_at FROM appointment WHERE id = ?", call);
            assertThat(stored.toInstant()).isEqualTo(nine.toInstant());
            Refusal.expect(sql, CHECK_VIOLATION, "appointment_inside_office_hours", () -> given.call(pair, eight));
        }
    }

    @Test
    void london_coach_takes_9_oclock_calls_and_refuses_8_oclock_ones_after_both_clock_changes() throws SQLException {
        nineOClockIsBookableAndEightIsNot(LONDON);
    }

    @Test
    void los_angeles_coach_takes_9_oclock_calls_and_refuses_8_oclock_ones_after_both_clock_changes() throws SQLException {
        nineOClockIsBookableAndEightIsNot(LOS_ANGELES);
    }

    @Test
    void a_coach_is_available_at_the_same_local_hour_in_winter_and_summer() throws SQLException {
        Given.Relationship pair = coachWithWeekdayMornings(LONDON);
        for (boolean springForward : new boolean[] {true, false}) {
            ZonedDateTime nine = mondayAfter(next(LONDON, springForward)).atTime(9, 0).atZone(LONDON);
            ZonedDateTime eleven = nine.plusHours(2);
            ZonedDateTime noon = nine.plusHours(3);

            assertThat(available(pair.coachId(), nine, nine.plusHours(1))).isTrue();
            assertThat(available(pair.coachId(), eleven, noon)).isTrue();
            assertThat(available(pair.coachId(), eleven.plusMinutes(30), noon.plusMinutes(30))).isFalse();
        }
    }

    @Test
    void wall_clock_times_in_a_gap_or_an_overlap_become_the_instants_java_gives() throws SQLException {
        for (ZoneId zone : new ZoneId[] {LONDON, LOS_ANGELES}) {
            ZoneOffsetTransition gap = next(zone, true);
            ZoneOffsetTransition overlap = next(zone, false);
            LocalDateTime inGap = gap.getDateTimeBefore().plusMinutes(30);
            LocalDateTime inOverlap = overlap.getDateTimeAfter().plusMinutes(30);
            LocalDateTime plain = gap.getDateTimeBefore().plusHours(7);

            for (LocalDateTime local : new LocalDateTime[] {inGap, inOverlap, plain}) {
                OffsetDateTime instant = given.value(OffsetDateTime.class,
                        "SELECT local_instant(?::timestamp, ?)", local.toString(), zone.getId());
                assertThat(instant.toInstant()).as("%s in %s", local, zone)
                        .isEqualTo(ZonedDateTime.of(local, zone).toInstant());
            }
        }
    }

    private boolean available(long coach, ZonedDateTime start, ZonedDateTime end) throws SQLException {
        return given.value(Boolean.class, "SELECT coach_is_available(?, tstzrange(?, ?, '[)'))", coach, start, end);
    }
}
