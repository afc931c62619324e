package app.coachcal.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.coachcal.web.testsupport.Api;
import app.coachcal.web.testsupport.Dates;
import app.coachcal.web.testsupport.Json;
import app.coachcal.web.testsupport.People;
import app.coachcal.web.testsupport.Rows;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A client books, reads, lists, moves and cancels a call through the JSON API,
 * and what each step leaves in the database.
 */
class BookingApiIT {

    private static final ZoneId LA = ZoneId.of("America/Los_Angeles");
    private static final Duration HOUR = Duration.ofHours(1);

    private final People.Coach coach = People.coach("America/Los_Angeles")
            .weekdays("09:00", "12:00").weekdays("13:00", "17:00").create();
    private final People.Client client = coach.newClient("Europe/London");
    private final LocalDate monday = Dates.mondayAhead(LA, 2);

    @Test
    void booking_a_free_slot_answers_201_with_the_call_and_its_location() {
        HttpResponse<String> booked = client.api().book(Dates.start(monday, "09:00", LA));

        assertThat(booked.statusCode()).isEqualTo(201);
        assertThat(booked.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        Json call = Json.parse(booked.body());
        assertThat(booked.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/api/v1/appointments/" + call.text("id")));
        assertThat(Instant.parse(call.text("start"))).isEqualTo(Dates.instant(monday, "09:00", LA));
        assertThat(Instant.parse(call.text("end"))).isEqualTo(Dates.instant(monday, "10:00", LA));
        assertThat(call.text("status")).isEqualTo("booked");
        assertThat(call.text("coach.id")).isEqualTo(coach.publicId().toString());
        assertThat(call.text("coach.name")).isEqualTo(coach.name());
        assertThat(call.text("coach.timeZone")).isEqualTo("America/Los_Angeles");
        assertThat(call.text("client.id")).isEqualTo(client.publicId().toString());
        assertThat(call.text("client.name")).isEqualTo(client.name());
        assertThat(call.text("client.timeZone")).isEqualTo("Europe/London");
    }

    @Test
    void booking_writes_one_booked_row_and_a_created_history_entry_by_the_client() {
        Rows.Counts before = Rows.counts();

        UUID id = book("09:00");

        assertThat(Rows.row("SELECT status::text, starts_at, ends_at, coach_id, client_id, created_by"
                + " FROM appointment WHERE public_id = ?", id))
                .containsExactly("booked", Dates.instant(monday, "09:00", LA), Dates.instant(monday, "10:00", LA),
                        coach.id(), client.id(), client.id());
        assertThat(history(id)).containsExactly(entry("created", null, "09:00"));
        assertThat(Rows.counts()).isEqualTo(new Rows.Counts(before.appointments() + 1, before.history() + 1,
                before.storedAnswers()));
    }

    @Test
    void the_booked_call_is_at_its_location_and_in_the_clients_list() {
        HttpResponse<String> booked = client.api().book(Dates.start(monday, "09:00", LA));
        String location = booked.headers().firstValue("Location").orElseThrow();

        HttpResponse<String> read = client.api().get(URI.create(location).getPath());
        HttpResponse<String> list = client.api().get(Api.APPOINTMENTS);

        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(Json.parse(read.body())).isEqualTo(Json.parse(booked.body()));
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(Json.parse(list.body()).items("appointments")).containsExactly(Json.parse(booked.body()));
    }

    @Test
    void the_coach_sees_the_call_in_their_list_with_the_client_and_can_read_it() {
        UUID id = book("09:00");

        HttpResponse<String> list = coach.api().get(Api.APPOINTMENTS);
        HttpResponse<String> read = coach.api().get(Api.APPOINTMENTS + "/" + id);

        assertThat(list.statusCode()).isEqualTo(200);
        List<Json> calls = Json.parse(list.body()).items("appointments");
        assertThat(calls).hasSize(1);
        assertThat(calls.get(0).text("id")).isEqualTo(id.toString());
        assertThat(calls.get(0).text("client.id")).isEqualTo(client.publicId().toString());
        assertThat(calls.get(0).text("client.name")).isEqualTo(client.name());
        assertThat(calls.get(0).text("client.timeZone")).isEqualTo("Europe/London");
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(Json.parse(read.body()).text("client.name")).isEqualTo(client.name());
    }

    @Test
    void moving_a_call_keeps_its_id_and_records_the_old_and_the_new_time() {
        UUID id = book("09:00");
        Rows.Counts before = Rows.counts();

        HttpResponse<String> moved = client.api().patch(Api.APPOINTMENTS + "/" + id,
                Api.startBody(Dates.start(monday, "10:00", LA)));

        assertThat(moved.statusCode()).isEqualTo(200);
        Json call = Json.parse(moved.body());
        assertThat(call.text("id")).isEqualTo(id.toString());
        assertThat(Instant.parse(call.text("start"))).isEqualTo(Dates.instant(monday, "10:00", LA));
        assertThat(Instant.parse(call.text("end"))).isEqualTo(Dates.instant(monday, "11:00", LA));
        assertThat(Rows.row("SELECT status::text, starts_at, ends_at FROM appointment WHERE public_id = ?", id))
                .containsExactly("booked", Dates.instant(monday, "10:00", LA), Dates.instant(monday, "11:00", LA));
        assertThat(history(id)).containsExactly(entry("created", null, "09:00"), entry("moved", "09:00", "10:00"));
        assertThat(Rows.counts()).isEqualTo(new Rows.Counts(before.appointments(), before.history() + 1,
                before.storedAnswers()));
    }

    @Test
    void after_a_move_the_old_time_can_be_booked_by_another_client() {
        UUID id = book("09:00");
        client.api().patch(Api.APPOINTMENTS + "/" + id, Api.startBody(Dates.start(monday, "10:00", LA)));

        HttpResponse<String> other = coach.newClient("America/Los_Angeles").api().book(Dates.start(monday, "09:00", LA));

        assertThat(other.statusCode()).isEqualTo(201);
    }

    @Test
    void cancelling_answers_204_and_keeps_the_call_as_cancelled_with_its_history() {
        UUID id = book("09:00");
        Rows.Counts before = Rows.counts();

        HttpResponse<String> cancelled = client.api().delete(Api.APPOINTMENTS + "/" + id);

        assertThat(cancelled.statusCode()).isEqualTo(204);
        assertThat(cancelled.body()).isEmpty();
        assertThat(Rows.row("SELECT status::text, starts_at, cancelled_by, cancelled_at IS NOT NULL"
                + " FROM appointment WHERE public_id = ?", id))
                .containsExactly("cancelled", Dates.instant(monday, "09:00", LA), client.id(), true);
        assertThat(history(id)).containsExactly(entry("created", null, "09:00"), entry("cancelled", "09:00", null));
        assertThat(Rows.counts()).isEqualTo(new Rows.Counts(before.appointments(), before.history() + 1,
                before.storedAnswers()));
        HttpResponse<String> read = client.api().get(Api.APPOINTMENTS + "/" + id);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(Json.parse(read.body()).text("status")).isEqualTo("cancelled");
        assertThat(Json.parse(client.api().get(Api.APPOINTMENTS).body()).items("appointments")).isEmpty();
    }

    @Test
    void cancelling_a_cancelled_call_again_answers_204_and_changes_nothing() {
        UUID id = book("09:00");
        client.api().delete(Api.APPOINTMENTS + "/" + id);
        Rows.Counts before = Rows.counts();
        Instant cancelledAt = Rows.value(OffsetDateTime.class,
                "SELECT cancelled_at FROM appointment WHERE public_id = ?", id).toInstant();

        HttpResponse<String> again = client.api().delete(Api.APPOINTMENTS + "/" + id);

        assertThat(again.statusCode()).isEqualTo(204);
        assertThat(Rows.counts()).isEqualTo(before);
        assertThat(Rows.value(OffsetDateTime.class, "SELECT cancelled_at FROM appointment WHERE public_id = ?",
                id).toInstant()).isEqualTo(cancelledAt);
    }

    @Test
    void demo_client1_sees_coach_lara_lopez_and_slots_only_in_her_office_hours() {
        HttpResponse<String> free = Api.as("client1@example.com")
                .get("/api/v1/availability?from=" + monday + "&weeks=2");

        assertThat(free.statusCode()).isEqualTo(200);
        Json availability = Json.parse(free.body());
        assertThat(availability.text("coach.name")).isEqualTo("Lara Lopez");
        assertThat(availability.text("coach.timeZone")).isEqualTo("America/Los_Angeles");
        assertThat(availability.text("timeZone")).isEqualTo("America/Los_Angeles");
        assertThat(availability.text("from")).isEqualTo(monday.toString());
        assertThat(availability.number("weeks")).isEqualTo(2);
        List<Json> slots = availability.items("slots");
        assertThat(slots).isNotEmpty();
        assertEachInsideOfficeHours(slots);
    }

    @Test
    void availability_is_capped_at_the_lookahead_of_eight_weeks() {
        HttpResponse<String> free = client.api().get("/api/v1/availability?weeks=99");

        assertThat(free.statusCode()).isEqualTo(200);
        assertThat(Json.parse(free.body()).number("weeks")).isEqualTo(8);
    }

    @Test
    void availability_never_offers_a_booked_slot_and_keeps_to_office_hours() {
        Instant booked = Dates.instant(monday, "10:00", LA);
        book("10:00");
        People.Client other = coach.newClient("Asia/Kolkata");

        for (People.Client asker : List.of(client, other)) {
            HttpResponse<String> free = asker.api().get("/api/v1/availability?from=" + monday.minusDays(1) + "&weeks=1");

            assertThat(free.statusCode()).isEqualTo(200);
            List<Json> slots = Json.parse(free.body()).items("slots");
            assertEachInsideOfficeHours(slots);
            assertThat(slots).noneSatisfy(slot -> assertThat(Instant.parse(slot.text("start")))
                    .isAfter(booked.minus(HOUR)).isBefore(booked.plus(HOUR)));
            assertThat(starts(slots)).contains(booked.minus(HOUR), booked.plus(HOUR));
            assertThat(slots).hasSize(5 * 12 - 3);
        }
    }

    private UUID book(String localTime) {
        HttpResponse<String> booked = client.api().book(Dates.start(monday, localTime, LA));
        assertThat(booked.statusCode()).as(booked.body()).isEqualTo(201);
        return UUID.fromString(Json.parse(booked.body()).text("id"));
    }

    /** Each history entry, oldest first: action, actor, old start, old end, new start, new end (null when absent). */
    private static List<List<Object>> history(UUID call) {
        return Rows.rows("SELECT h.action::text, h.actor_id, lower(h.old_during), upper(h.old_during),"
                + " lower(h.new_during), upper(h.new_during)"
                + " FROM appointment_history h JOIN appointment a ON a.id = h.appointment_id"
                + " WHERE a.public_id = ? ORDER BY h.id", call);
    }

    /** An expected history entry, as {@link #history} reads it. */
    private List<Object> entry(String action, String oldStart, String newStart) {
        return Arrays.asList(action, client.id(),
                oldStart == null ? null : Dates.instant(monday, oldStart, LA),
                oldStart == null ? null : Dates.instant(monday, oldStart, LA).plus(HOUR),
                newStart == null ? null : Dates.instant(monday, newStart, LA),
                newStart == null ? null : Dates.instant(monday, newStart, LA).plus(HOUR));
    }

    private static List<Instant> starts(List<Json> slots) {
        return slots.stream().map(slot -> Instant.parse(slot.text("start"))).toList();
    }

    /** One hour long, on the half hour, inside 09:00-12:00 or 13:00-17:00 Monday to Friday, Los Angeles time. */
    private static void assertEachInsideOfficeHours(List<Json> slots) {
        assertThat(slots).allSatisfy(slot -> {
            var start = Instant.parse(slot.text("start")).atZone(LA);
            var end = Instant.parse(slot.text("end")).atZone(LA);
            assertThat(Duration.between(start, end)).isEqualTo(HOUR);
            assertThat(start.getDayOfWeek().getValue()).isBetween(1, 5);
            assertThat(start.getMinute() % 30).isZero();
            int from = start.getHour() * 60 + start.getMinute();
            int to = end.getHour() * 60 + end.getMinute();
            assertThat(from >= 9 * 60 && to <= 12 * 60 || from >= 13 * 60 && to <= 17 * 60)
                    .as("%s inside office hours", start).isTrue();
        });
    }
}
