package app.coachcal.domain.availability;

import static org.assertj.core.api.Assertions.assertThat;

import app.coachcal.domain.booking.BookingPolicy;
import app.coachcal.domain.booking.Decision;
import app.coachcal.domain.officehours.OfficeHours;
import app.coachcal.domain.officehours.WeeklyWindow;
import app.coachcal.domain.request.Parsed;
import app.coachcal.domain.request.StartField;
import app.coachcal.domain.rules.BusinessRules;
import app.coachcal.domain.time.TimeRange;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Office hours of 09:00-12:00 on weekdays give slots at 09:00, 09:30 ... 11:00 coach time on every weekday
 * of the week before and the week after each DST change of 2026 and 2027, whatever the client's zone.
 * Every DST change is tried with every client zone.
 */
class DstWeeksTest {

    private static final List<LocalTime> MORNING_STARTS = List.of(LocalTime.of(9, 0), LocalTime.of(9, 30),
            LocalTime.of(10, 0), LocalTime.of(10, 30), LocalTime.of(11, 0));
    private static final EnumSet<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

    static Stream<Arguments> dstChanges() {
        return Stream.of(
                Arguments.of("America/Los_Angeles", LocalDate.of(2026, 3, 8)),
                Arguments.of("America/Los_Angeles", LocalDate.of(2026, 11, 1)),
                Arguments.of("America/Los_Angeles", LocalDate.of(2027, 3, 14)),
                Arguments.of("America/Los_Angeles", LocalDate.of(2027, 11, 7)),
                Arguments.of("Europe/London", LocalDate.of(2026, 3, 29)),
                Arguments.of("Europe/London", LocalDate.of(2026, 10, 25)),
                Arguments.of("Europe/London", LocalDate.of(2027, 3, 28)),
                Arguments.of("Europe/London", LocalDate.of(2027, 10, 31)));
    }

    static Stream<Arguments> dstChangesWithClientZones() {
        return dstChanges().flatMap(change -> Stream.of("Asia/Kolkata", "Pacific/Auckland", "America/New_York",
                        "Europe/London", "UTC")
                .map(client -> Arguments.of(change.get()[0], change.get()[1], client)));
    }

    @ParameterizedTest(name = "{0} changes on {1}")
    @MethodSource("dstChanges")
    void the_dst_change_really_happens_on_that_sunday(String zone, LocalDate sunday) {
        ZoneId coachZone = ZoneId.of(zone);
        Instant change = coachZone.getRules().nextTransition(sunday.atStartOfDay(coachZone).toInstant()).getInstant();

        assertThat(change.atZone(coachZone).toLocalDate()).isEqualTo(sunday);
        assertThat(sunday.getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
    }

    @ParameterizedTest(name = "coach in {0}, change on {1}, client in {2}")
    @MethodSource("dstChangesWithClientZones")
    void weekday_mornings_give_the_same_coach_times_before_and_after_the_change(String zone, LocalDate sunday,
            String client) {
        ZoneId coachZone = ZoneId.of(zone);
        ZoneId clientZone = ZoneId.of(client);
        OfficeHours hours = OfficeHours.weekly(coachZone, WEEKDAYS.stream()
                .map(day -> new WeeklyWindow(day, LocalTime.of(9, 0), LocalTime.of(12, 0))).toList());
        Clock clock = Clock.fixed(sunday.minusDays(10).atStartOfDay(coachZone).toInstant(), ZoneOffset.UTC);
        LocalDate firstMonday = sunday.minusDays(6);
        TimeRange twoWeeks = new TimeRange(firstMonday.atStartOfDay(coachZone).toInstant(),
                firstMonday.plusDays(14).atStartOfDay(coachZone).toInstant());

        List<Slot> slots = new SlotCalculator(BusinessRules.defaults(), clock).freeSlots(hours, List.of(), List.of(), twoWeeks);

        assertThat(slots).extracting(Slot::start).containsExactlyElementsOf(expectedStarts(firstMonday, coachZone));
        assertThat(slots).allSatisfy(slot -> assertThat(MORNING_STARTS).contains(slot.start().atZone(coachZone).toLocalTime()));
        BookingPolicy policy = new BookingPolicy(BusinessRules.defaults(), clock);
        for (Slot slot : slots) {
            String asTheClientSeesIt = slot.start().atZone(clientZone).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            Parsed<Instant> parsed = StartField.parse(asTheClientSeesIt);
            assertThat(parsed).isEqualTo(Parsed.valid(slot.start()));
            assertThat(policy.checkBooking(parsed.fold(start -> start, error -> null), null, hours, clientZone, 0))
                    .as("booking %s from %s", asTheClientSeesIt, clientZone).isEqualTo(Decision.accepted(slot.range()));
        }
    }

    private static List<Instant> expectedStarts(LocalDate firstMonday, ZoneId coachZone) {
        List<Instant> starts = new ArrayList<>();
        for (LocalDate date = firstMonday; date.isBefore(firstMonday.plusDays(14)); date = date.plusDays(1)) {
            if (WEEKDAYS.contains(date.getDayOfWeek())) {
                for (LocalTime time : MORNING_STARTS) {
                    starts.add(ZonedDateTime.of(date, time, coachZone).toInstant());
                }
            }
        }
        assertThat(starts).hasSize(2 * 5 * MORNING_STARTS.size());
        return starts;
    }
}
