package app.coachcal.domain.availability;

import static org.assertj.core.api.Assertions.assertThat;

import app.coachcal.domain.officehours.ExtraHours;
import app.coachcal.domain.officehours.OfficeHours;
import app.coachcal.domain.officehours.TimeOff;
import app.coachcal.domain.officehours.WeeklyWindow;
import app.coachcal.domain.rules.BusinessRule;
import app.coachcal.domain.rules.BusinessRules;
import app.coachcal.domain.time.TimeRange;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The slot computation with office hours, zones, time off, extra hours, rules, bookings and dates the fuzzer
 * chooses (only values the domain's own constructors accept): it never throws, and every slot it offers starts
 * inside the period, lies inside the office hours, is clear of every booking and is sorted.
 */
class SlotCalculatorFuzzTest {

    private static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream().sorted().toList();
    /** 2000-01-01 to 2100-01-01, the years the request fields accept. */
    private static final long FIRST_DAY = LocalDate.of(2000, 1, 1).toEpochDay();
    private static final long LAST_DAY = LocalDate.of(2099, 12, 31).toEpochDay();

    @FuzzTest(maxDuration = "20s")
    void free_slots_are_inside_the_hours_and_clear_of_every_booking(FuzzedDataProvider data) {
        BusinessRules rules = rules(data);
        ZoneId zone = ZoneId.of(data.pickValue(ZONES));
        LocalDate day = LocalDate.ofEpochDay(data.consumeLong(FIRST_DAY, LAST_DAY));
        OfficeHours hours = new OfficeHours(zone, weekly(data), timeOff(data, day), extra(data, day));
        Instant periodStart = day.atStartOfDay(ZoneOffset.UTC).toInstant().plusSeconds(data.consumeInt(0, 86_399));
        TimeRange period = TimeRange.of(periodStart, Duration.ofMinutes(data.consumeInt(1, 60 * 24 * 15)));
        List<TimeRange> coachBooked = bookings(data, periodStart);
        List<TimeRange> clientBooked = bookings(data, periodStart);
        Instant now = periodStart.minusSeconds(data.consumeInt(-86_400 * 3, 86_400 * 30));
        SlotCalculator calculator = new SlotCalculator(rules, Clock.fixed(now, ZoneOffset.UTC));

        List<Slot> slots = calculator.freeSlots(hours, coachBooked, clientBooked, period);

        assertThat(slots).isSortedAccordingTo((a, b) -> a.start().compareTo(b.start()));
        for (Slot slot : slots) {
            assertThat(period.contains(slot.start())).isTrue();
            assertThat(hours.covers(slot.range())).as("%s in %s", slot, hours).isTrue();
            assertThat(clientBooked).noneMatch(booked -> booked.overlaps(slot.range()));
            assertThat(coachBooked).noneMatch(booked -> booked.overlaps(slot.range()));
        }
        int count = data.consumeInt(-1, 5);
        assertThat(calculator.nearestFreeSlots(periodStart, count, hours, coachBooked, clientBooked, period))
                .hasSizeLessThanOrEqualTo(Math.max(count, 0)).isSubsetOf(slots);
    }

    private static BusinessRules rules(FuzzedDataProvider data) {
        Map<BusinessRule, Integer> values = new EnumMap<>(BusinessRule.class);
        for (BusinessRule rule : BusinessRule.values()) {
            values.put(rule, rule.defaultValue());
        }
        for (BusinessRule rule : List.of(BusinessRule.CALL_LENGTH, BusinessRule.SLOT_GRANULARITY,
                BusinessRule.BOOKING_NOTICE, BusinessRule.BOOKING_HORIZON, BusinessRule.BUFFER)) {
            int candidate = data.consumeInt(0, 20_160);
            if (rule.allows(candidate)) {
                values.put(rule, candidate);
            }
        }
        return BusinessRules.fromValues(values);
    }

    private static LocalTime time(FuzzedDataProvider data) {
        return LocalTime.ofSecondOfDay(data.consumeInt(0, 86_399) / 60 * 60L);
    }

    private static List<WeeklyWindow> weekly(FuzzedDataProvider data) {
        List<WeeklyWindow> windows = new ArrayList<>();
        for (int i = data.consumeInt(0, 8); i > 0; i--) {
            DayOfWeek day = data.pickValue(DayOfWeek.values());
            LocalTime start = time(data);
            LocalTime end = time(data);
            if (end.isAfter(start)) {
                windows.add(new WeeklyWindow(day, start, end));
            }
        }
        return windows;
    }

    private static List<TimeOff> timeOff(FuzzedDataProvider data, LocalDate near) {
        List<TimeOff> off = new ArrayList<>();
        for (int i = data.consumeInt(0, 3); i > 0; i--) {
            LocalDate first = near.plusDays(data.consumeInt(-3, 20));
            off.add(new TimeOff(first, first.plusDays(data.consumeInt(0, 10))));
        }
        return off;
    }

    private static List<ExtraHours> extra(FuzzedDataProvider data, LocalDate near) {
        List<ExtraHours> extra = new ArrayList<>();
        for (int i = data.consumeInt(0, 3); i > 0; i--) {
            LocalTime start = time(data);
            LocalTime end = time(data);
            if (end.isAfter(start)) {
                extra.add(new ExtraHours(near.plusDays(data.consumeInt(-3, 20)), start, end));
            }
        }
        return extra;
    }

    private static List<TimeRange> bookings(FuzzedDataProvider data, Instant near) {
        List<TimeRange> booked = new ArrayList<>();
        for (int i = data.consumeInt(0, 6); i > 0; i--) {
            Instant start = near.plusSeconds(data.consumeLong(-86_400L * 2, 86_400L * 16) / 60 * 60);
            booked.add(TimeRange.of(start, Duration.ofMinutes(data.consumeInt(1, 240))));
        }
        return booked;
    }
}
