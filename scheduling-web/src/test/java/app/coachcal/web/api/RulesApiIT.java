package app.coachcal.web.api;

import static app.coachcal.web.testsupport.Problems.assertProblem;
import static app.coachcal.web.testsupport.Problems.withoutInstance;
import static app.coachcal.web.testsupport.Problems.assertRefusedWithNothingWritten;
import static org.assertj.core.api.Assertions.assertThat;

import app.coachcal.web.testsupport.Api;
import app.coachcal.web.testsupport.Dates;
import app.coachcal.web.testsupport.Json;
import app.coachcal.web.testsupport.People;
import app.coachcal.web.testsupport.PersonalTokens;
import app.coachcal.web.testsupport.Rows;
import app.coachcal.web.testsupport.RuleSetting;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Every booking rule refuses through the API with its own problem type, and a
 * refused request writes nothing.
 */
class RulesApiIT {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final People.Coach coach = People.coach("Europe/London")
            .weekdays("09:00", "12:00").weekdays("13:00", "17:00").create();
    private final People.Client client = coach.newClient("Europe/London");
    private final LocalDate monday = Dates.mondayAhead(LONDON, 2);

    @Test
    void a_start_in_the_past_is_refused_with_in_the_past() {
        Instant yesterday = Instant.now().minus(Duration.ofDays(1)).truncatedTo(ChronoUnit.HOURS);

        assertRefusedWithNothingWritten(() -> client.api().book(utc(yesterday)), 422, "in-the-past", "start");
    }

    @Test
    void a_start_within_the_booking_notice_is_refused_with_too_soon() {
        Instant withinTwoHours = Instant.now().plus(Duration.ofMinutes(90)).truncatedTo(ChronoUnit.HOURS); // 30-90 min

        assertRefusedWithNothingWritten(() -> client.api().book(utc(withinTwoHours)), 422, "too-soon", "start");
    }

    @Test
    void a_start_beyond_the_booking_horizon_is_refused_with_too_far_ahead() {
        Instant beyondSixtyDays = Instant.now().plus(Duration.ofDays(61)).truncatedTo(ChronoUnit.HOURS);

        assertRefusedWithNothingWritten(() -> client.api().book(utc(beyondSixtyDays)), 422, "too-far-ahead", "start");
    }

    @Test
    void a_call_not_wholly_inside_one_office_hours_window_is_refused_with_outside_office_hours() {
        List<String> outside = List.of(
                Dates.start(monday.plusDays(5), "10:00", LONDON),   // Saturday
                Dates.start(monday, "12:00", LONDON),               // lunch
                Dates.start(monday, "11:30", LONDON),               // runs past 12:00
                Dates.start(monday, "16:30", LONDON),               // runs past 17:00
                Dates.start(monday, "08:30", LONDON));              // starts before 09:00

        for (String start : outside) {
            assertRefusedWithNothingWritten(() -> client.api().book(start), 422, "outside-office-hours", "start");
        }
    }

    @Test
    void a_start_off_the_half_hour_grid_is_refused_with_off_granularity() {
        for (String time : List.of("09:10", "09:15", "10:59")) {
            assertRefusedWithNothingWritten(() -> client.api().book(Dates.start(monday, time, LONDON)),
                    422, "off-granularity", "start");
        }
    }

    @Test
    void an_explicit_end_that_is_not_one_call_length_later_is_refused_with_wrong_length() {
        String body = "{\"start\":\"" + Dates.start(monday, "09:00", LONDON) + "\",\"end\":\""
                + Dates.start(monday, "09:30", LONDON) + "\"}";

        assertRefusedWithNothingWritten(() -> client.api().post(Api.APPOINTMENTS, body), 422, "wrong-length", "end");
    }

    @Test
    void an_explicit_end_of_exactly_one_call_length_is_accepted() {
        String body = "{\"start\":\"" + Dates.start(monday, "09:00", LONDON) + "\",\"end\":\""
                + Dates.start(monday, "10:00", LONDON) + "\"}";

        assertThat(client.api().post(Api.APPOINTMENTS, body).statusCode()).isEqualTo(201);
    }

    @Test
    void a_second_call_in_a_month_with_a_limit_of_one_is_refused_with_monthly_limit_reached() {
        LocalDate first = firstOfTwoWeekdaysInOneMonth();
        try (RuleSetting limit = RuleSetting.set("monthly_call_limit", 1)) {
            assertThat(client.api().book(Dates.start(first, "09:00", LONDON)).statusCode()).isEqualTo(201);

            assertRefusedWithNothingWritten(() -> client.api().book(Dates.start(first.plusDays(1), "09:00", LONDON)),
                    422, "monthly-limit-reached", "start");
            List<Json> offered = Json.parse(client.api().get("/api/v1/availability?from=" + first.minusDays(7)
                    + "&weeks=3").body()).items("slots");
            assertThat(offered).as("no slot offered in the full month").noneSatisfy(slot -> assertThat(
                    Instant.parse(slot.text("start")).atZone(LONDON).getMonth()).isEqualTo(first.getMonth()));
        }
    }

    @Test
    void moving_the_only_call_of_a_full_month_within_that_month_is_allowed() {
        LocalDate first = firstOfTwoWeekdaysInOneMonth();
        try (RuleSetting limit = RuleSetting.set("monthly_call_limit", 1)) {
            UUID call = book(first, "09:00");

            HttpResponse<String> moved = client.api().patch(Api.APPOINTMENTS + "/" + call,
                    Api.startBody(Dates.start(first.plusDays(1), "09:00", LONDON)));

            assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
        }
    }

    @Test
    void moving_a_call_onto_another_clients_call_is_refused_with_409_and_the_call_stays() {
        UUID mine = book(monday, "09:00");
        HttpResponse<String> theirs = coach.newClient("Europe/London").api().book(Dates.start(monday, "10:00", LONDON));
        assertThat(theirs.statusCode()).isEqualTo(201);

        assertRefusedWithNothingWritten(() -> client.api().patch(Api.APPOINTMENTS + "/" + mine,
                Api.startBody(Dates.start(monday, "10:00", LONDON))), 409, "slot-taken", "start");
        assertThat(Rows.row("SELECT starts_at FROM appointment WHERE public_id = ?", mine))
                .containsExactly(Dates.instant(monday, "09:00", LONDON));
    }

    @Test
    void moving_a_call_outside_office_hours_is_refused_with_422_and_the_call_stays() {
        UUID mine = book(monday, "09:00");

        assertRefusedWithNothingWritten(() -> client.api().patch(Api.APPOINTMENTS + "/" + mine,
                Api.startBody(Dates.start(monday.plusDays(5), "09:00", LONDON))), 422, "outside-office-hours", "start");
        assertThat(Rows.row("SELECT starts_at FROM appointment WHERE public_id = ?", mine))
                .containsExactly(Dates.instant(monday, "09:00", LONDON));
    }

    @Test
    void moving_or_cancelling_a_call_within_the_change_notice_is_refused_with_change_too_late() {
        LocalDate soon = LocalDate.now(LONDON).plusDays(3);
        if (soon.getDayOfWeek().getValue() > 5) {
            soon = soon.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        }
        UUID call = book(soon, "10:00");
        String moveTo = Api.startBody(Dates.start(soon, "11:00", LONDON));
        try (RuleSetting notice = RuleSetting.set("change_notice", 14 * 24 * 60)) {

            assertRefusedWithNothingWritten(() -> client.api().patch(Api.APPOINTMENTS + "/" + call, moveTo),
                    422, "change-too-late");
            assertRefusedWithNothingWritten(() -> client.api().delete(Api.APPOINTMENTS + "/" + call),
                    422, "change-too-late");
        }
        assertThat(Rows.row("SELECT status::text, starts_at FROM appointment WHERE public_id = ?", call))
                .containsExactly("booked", Dates.instant(soon, "10:00", LONDON));
    }

    @Test
    void listing_from_before_the_history_window_is_refused_with_history_too_far_back() {
        LocalDate thirteenWeeksAgo = LocalDate.now(LONDON).minusWeeks(13);

        assertRefusedWithNothingWritten(() -> client.api().get(Api.APPOINTMENTS + "?from=" + thirteenWeeksAgo),
                422, "history-too-far-back", "from");
    }

    @Test
    void listing_from_inside_the_history_window_shows_a_past_call() {
        Instant fiveWeeksAgo = Dates.instant(Dates.mondayAhead(LONDON, -5), "10:00", LONDON);
        UUID past = People.pastCall(client, fiveWeeksAgo, Duration.ofHours(1));

        HttpResponse<String> list = client.api().get(Api.APPOINTMENTS + "?from=" + LocalDate.now(LONDON).minusWeeks(11));

        assertThat(list.statusCode()).isEqualTo(200);
        List<Json> calls = Json.parse(list.body()).items("appointments");
        assertThat(calls).hasSize(1);
        assertThat(calls.get(0).text("id")).isEqualTo(past.toString());
        assertThat(Instant.parse(calls.get(0).text("start"))).isEqualTo(fiveWeeksAgo);
    }

    @Test
    void a_coach_or_an_admin_booking_is_refused_with_403_no_current_coach() {
        String start = Dates.start(monday, "09:00", LONDON);

        assertRefusedWithNothingWritten(() -> coach.api().book(start), 403, "no-current-coach");
        assertRefusedWithNothingWritten(() -> Api.as("coach.london@example.com").book(start), 403, "no-current-coach");
        assertRefusedWithNothingWritten(() -> Api.as("admin@example.com").book(start), 403, "no-current-coach");
        assertProblem(coach.api().get("/api/v1/availability"), 403, "no-current-coach");
    }

    @Test
    void a_client_whose_relationship_has_ended_is_refused_with_403_no_current_coach() {
        Rows.update("UPDATE coaching_relationship SET ends_at = now() WHERE id = ?", client.relationshipId());

        assertRefusedWithNothingWritten(() -> client.api().book(Dates.start(monday, "09:00", LONDON)),
                403, "no-current-coach");
        assertProblem(client.api().get("/api/v1/availability"), 403, "no-current-coach");
    }

    @Test
    void making_a_token_without_credentials_with_a_wrong_password_or_an_unknown_email_gets_the_same_401() {
        String body = "{\"name\":\"laptop\"}";
        HttpResponse<String> none = Api.anonymous().post(Api.TOKENS, body);
        List<HttpResponse<String>> refused = List.of(
                Api.basicAs(client.email(), "wrong-password").post(Api.TOKENS, body),
                Api.basicAs("nobody-" + UUID.randomUUID() + "@example.com", Api.PASSWORD).post(Api.TOKENS, body),
                Api.basicAs("nobody-" + UUID.randomUUID() + "@example.com", "wrong-password").post(Api.TOKENS, body),
                Api.withAuthorization("Bearer " + PersonalTokens.of(client.email())).post(Api.TOKENS, body),
                Api.withAuthorization("Basic not-base64!").post(Api.TOKENS, body),
                Api.withAuthorization(Api.basic(client.email())).post(Api.TOKENS, body),
                Api.withAuthorization("Basic " + "A".repeat(5000)).post(Api.TOKENS, body),
                Api.basicAs("ünïcödé@example.com", "pässwörd").post(Api.TOKENS, body),
                Api.basicAs(client.email(), Api.PASSWORD + " ").post(Api.TOKENS, body));

        assertProblem(none, 401, "unauthenticated");
        assertThat(none.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).startsWith("Basic realm="));
        for (HttpResponse<String> each : refused) {
            assertThat(each.statusCode()).isEqualTo(401);
            assertThat(withoutInstance(each)).isEqualTo(withoutInstance(none));
            assertThat(each.headers().firstValue("WWW-Authenticate")).isEqualTo(none.headers().firstValue("WWW-Authenticate"));
            assertThat(each.headers().firstValue("Content-Type")).isEqualTo(none.headers().firstValue("Content-Type"));
        }
    }

    @Test
    void no_token_and_a_malformed_or_unknown_token_get_401_with_a_bearer_challenge() {
        HttpResponse<String> none = Api.anonymous().get(Api.APPOINTMENTS);
        List<HttpResponse<String>> refused = List.of(
                Api.withAuthorization("Bearer " + UUID.randomUUID()).get(Api.APPOINTMENTS),
                Api.withAuthorization("Bearer cc_" + "A".repeat(43)).get(Api.APPOINTMENTS),
                Api.withAuthorization("Bearer " + "A".repeat(5000)).get(Api.APPOINTMENTS),
                Api.withAuthorization("Token " + PersonalTokens.of(client.email())).get(Api.APPOINTMENTS));

        assertProblem(none, 401, "unauthenticated");
        assertThat(none.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"Coachcal\"");
        for (HttpResponse<String> each : refused) {
            assertProblem(each, 401, "unauthenticated");
            assertThat(each.headers().firstValue("WWW-Authenticate"))
                    .hasValue("Bearer realm=\"Coachcal\", error=\"invalid_token\"");
        }
    }

    @Test
    void a_temporary_password_is_refused_with_403_until_it_is_changed_and_nothing_is_written() {
        Api tokenBefore = client.api();
        Rows.update("UPDATE app_user SET must_change_password = true WHERE id = ?", client.id());
        try {
            assertRefusedWithNothingWritten(() -> tokenBefore.book(Dates.start(monday, "09:00", LONDON)),
                    403, "password-change-required");
            assertProblem(tokenBefore.get(Api.APPOINTMENTS), 403, "password-change-required");
            assertProblem(Api.basicAs(client.email(), Api.PASSWORD).post(Api.TOKENS, "{\"name\":\"laptop\"}"),
                    403, "password-change-required");
        } finally {
            Rows.update("UPDATE app_user SET must_change_password = false WHERE id = ?", client.id());
        }
        assertThat(client.api().get(Api.APPOINTMENTS).statusCode()).isEqualTo(200);
    }

    @Test
    void booking_without_valid_credentials_is_refused_with_401_and_writes_nothing() {
        String start = Dates.start(monday, "09:00", LONDON);

        assertRefusedWithNothingWritten(() -> Api.anonymous().book(start), 401, "unauthenticated");
        assertRefusedWithNothingWritten(() -> Api.basicAs(client.email(), "wrong-password").book(start), 401, "unauthenticated");
        assertRefusedWithNothingWritten(() -> Api.basicAs(client.email(), Api.PASSWORD).book(start), 401, "unauthenticated");
    }

    @Test
    void second_booking_of_the_same_slot_is_refused_with_409() {
        String start = Dates.start(monday, "09:00", LONDON);
        book(monday, "09:00");

        assertRefusedWithNothingWritten(() -> coach.newClient("Europe/Paris").api().book(start), 409, "slot-taken", "start");
        assertRefusedWithNothingWritten(() -> client.api().book(start), 409, "slot-taken", "start");
    }

    @Test
    void a_slot_within_the_coachs_buffer_is_refused_with_409_and_one_just_after_it_is_not() {
        People.Coach allDay = People.coach("Europe/London").weekdays("09:00", "17:00").create();
        People.Client first = allDay.newClient("Europe/London");
        People.Client second = allDay.newClient("Europe/London");
        try (RuleSetting buffer = RuleSetting.set("buffer", 30)) {
            assertThat(first.api().book(Dates.start(monday, "10:00", LONDON)).statusCode()).isEqualTo(201);

            assertRefusedWithNothingWritten(() -> second.api().book(Dates.start(monday, "11:00", LONDON)),
                    409, "slot-taken", "start");
            assertRefusedWithNothingWritten(() -> second.api().book(Dates.start(monday, "09:00", LONDON)),
                    409, "slot-taken", "start");
            assertThat(second.api().book(Dates.start(monday, "11:30", LONDON)).statusCode()).isEqualTo(201);
        }
    }

    private UUID book(LocalDate day, String time) {
        HttpResponse<String> booked = client.api().book(Dates.start(day, time, LONDON));
        assertThat(booked.statusCode()).as(booked.body()).isEqualTo(201);
        return UUID.fromString(Json.parse(booked.body()).text("id"));
    }

    /** A weekday at least two weeks ahead whose next day is a weekday of the same month. */
    private LocalDate firstOfTwoWeekdaysInOneMonth() {
        return monday.plusDays(1).getMonth() == monday.getMonth() ? monday : monday.plusWeeks(1);
    }

    private static String utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC).toString();
    }
}
