package app.coachcal.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.coachcal.web.testsupport.Json;
import app.coachcal.web.testsupport.People;
import app.coachcal.web.testsupport.RuleSetting;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Office hours are wall-clock times in the coach's zone, across the change to
 * and from summer time: 09:00 stays 09:00 for the coach, its instant moves by
 * an hour, and a client in another zone sees their own local time move when
 * the two zones change on different dates.
 *
 * <p>Each test takes the weeks either side of the next transition (seen from
 * 2026-11-25: US spring forward 2027-03-14 and fall back 2027-11-07, UK
 * 2027-03-28 and 2027-10-31); booking_horizon is set to 366 days to reach them.
 * Expected instants are written as UTC hours, never computed from zone rules.
 */
class DaylightSavingIT {

    private static final ZoneId LA = ZoneId.of("America/Los_Angeles");
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final boolean SPRING_FORWARD = true;
    private static final boolean FALL_BACK = false;

    private RuleSetting horizon;

    @BeforeEach
    void reachAYearAhead() {
        horizon = RuleSetting.set("booking_horizon", 366);
    }

    @AfterEach
    void restoreHorizon() {
        horizon.close();
    }

    @Test
    void a_los_angeles_coach_keeps_nine_oclock_across_spring_forward_for_a_london_client() {
        People.Client client = People.coach("America/Los_Angeles").weekdays("09:00", "12:00").create()
                .newClient("Europe/London");
        LocalDate mondayAfter = mondayAfterNext(LA, SPRING_FORWARD);

        List<Instant> nineOClock = nineOClockStarts(client, mondayAfter.minusWeeks(1), LA);

        assertThat(nineOClock).containsExactlyElementsOf(weekdaysAt(mondayAfter.minusWeeks(1), 17, 16)); // PST, PDT
        assertThat(localTimes(nineOClock, LONDON)).containsExactlyElementsOf(weekdayTimes(17, 16));
        assertBooks(client, utc(mondayAfter, 16));
    }

    @Test
    void a_los_angeles_coach_keeps_nine_oclock_across_fall_back_for_a_london_client() {
        People.Client client = People.coach("America/Los_Angeles").weekdays("09:00", "12:00").create()
                .newClient("Europe/London");
        LocalDate mondayAfter = mondayAfterNext(LA, FALL_BACK);

        List<Instant> nineOClock = nineOClockStarts(client, mondayAfter.minusWeeks(1), LA);

        assertThat(nineOClock).containsExactlyElementsOf(weekdaysAt(mondayAfter.minusWeeks(1), 16, 17)); // PDT, PST
        assertThat(localTimes(nineOClock, LONDON)).containsExactlyElementsOf(weekdayTimes(16, 17));
        assertBooks(client, utc(mondayAfter, 17));
    }

    @Test
    void a_london_coach_keeps_nine_oclock_across_spring_forward_and_a_los_angeles_client_sees_it_move() {
        People.Client client = People.coach("Europe/London").weekdays("09:00", "12:00").create()
                .newClient("America/Los_Angeles");
        LocalDate mondayAfter = mondayAfterNext(LONDON, SPRING_FORWARD);

        List<Instant> nineOClock = nineOClockStarts(client, mondayAfter.minusWeeks(1), LONDON);

        assertThat(nineOClock).containsExactlyElementsOf(weekdaysAt(mondayAfter.minusWeeks(1), 9, 8)); // GMT, BST
        // Los Angeles is already on summer time the week before: 02:00 PDT, then 01:00 PDT.
        assertThat(localTimes(nineOClock, LA)).containsExactlyElementsOf(weekdayTimes(2, 1));
        assertBooks(client, utc(mondayAfter, 8));
    }

    @Test
    void a_london_coach_keeps_nine_oclock_across_fall_back_and_a_los_angeles_client_sees_it_move() {
        People.Client client = People.coach("Europe/London").weekdays("09:00", "12:00").create()
                .newClient("America/Los_Angeles");
        LocalDate mondayAfter = mondayAfterNext(LONDON, FALL_BACK);

        List<Instant> nineOClock = nineOClockStarts(client, mondayAfter.minusWeeks(1), LONDON);

        assertThat(nineOClock).containsExactlyElementsOf(weekdaysAt(mondayAfter.minusWeeks(1), 8, 9)); // BST, GMT
        // Los Angeles is still on summer time the week after: 01:00 PDT, then 02:00 PDT.
        assertThat(localTimes(nineOClock, LA)).containsExactlyElementsOf(weekdayTimes(1, 2));
        assertBooks(client, utc(mondayAfter, 9));
    }

    /**
     * The 09:00 (coach time) starts of two weeks of availability from {@code monday}, after checking that
     * every weekday offers exactly the five starts 09:00 to 11:00 and the weekend none.
     */
    private static List<Instant> nineOClockStarts(People.Client client, LocalDate monday, ZoneId coachZone) {
        HttpResponse<String> free = client.api().get("/api/v1/availability?from=" + monday + "&weeks=2");
        assertThat(free.statusCode()).as(free.body()).isEqualTo(200);
        List<Instant> starts = Json.parse(free.body()).items("slots").stream()
                .map(slot -> Instant.parse(slot.text("start"))).toList();
        assertThat(starts).hasSize(2 * 5 * 5);
        assertThat(starts).allSatisfy(start -> {
            assertThat(start.atZone(coachZone).getDayOfWeek().getValue()).isBetween(1, 5);
            assertThat(start.atZone(coachZone).toLocalTime()).isBetween(LocalTime.of(9, 0), LocalTime.of(11, 0));
        });
        return starts.stream().filter(start -> start.atZone(coachZone).toLocalTime().equals(LocalTime.of(9, 0)))
                .toList();
    }

    private static void assertBooks(People.Client client, Instant start) {
        HttpResponse<String> booked = client.api().book(start.toString());

        assertThat(booked.statusCode()).as(booked.body()).isEqualTo(201);
        assertThat(Instant.parse(Json.parse(booked.body()).text("start"))).isEqualTo(start);
        assertThat(Instant.parse(Json.parse(booked.body()).text("end"))).isEqualTo(start.plus(Duration.ofHours(1)));
    }

    /** Monday to Friday of the week of {@code monday} at {@code firstHour}:00 UTC, then of the next week at {@code secondHour}:00. */
    private static List<Instant> weekdaysAt(LocalDate monday, int firstHour, int secondHour) {
        List<Instant> instants = new ArrayList<>();
        for (int day = 0; day < 5; day++) {
            instants.add(utc(monday.plusDays(day), firstHour));
        }
        for (int day = 0; day < 5; day++) {
            instants.add(utc(monday.plusWeeks(1).plusDays(day), secondHour));
        }
        return instants;
    }

    private static List<LocalTime> weekdayTimes(int firstHour, int secondHour) {
        List<LocalTime> times = new ArrayList<>();
        for (int day = 0; day < 10; day++) {
            times.add(LocalTime.of(day < 5 ? firstHour : secondHour, 0));
        }
        return times;
    }

    private static List<LocalTime> localTimes(List<Instant> instants, ZoneId zone) {
        return instants.stream().map(instant -> instant.atZone(zone).toLocalTime()).toList();
    }

    private static Instant utc(LocalDate day, int hour) {
        return day.atTime(hour, 0).toInstant(ZoneOffset.UTC);
    }

    /** The Monday after the zone's next change of that kind (a Sunday in both zones), at least a week from now. */
    private static LocalDate mondayAfterNext(ZoneId zone, boolean springForward) {
        ZoneOffsetTransition transition = zone.getRules().nextTransition(Instant.now().plus(Duration.ofDays(7)));
        while (transition.isGap() != springForward) {
            transition = zone.getRules().nextTransition(transition.getInstant());
        }
        return transition.getDateTimeBefore().toLocalDate().with(TemporalAdjusters.next(DayOfWeek.MONDAY));
    }
}
