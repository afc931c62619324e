package app.coachcal.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.coachcal.web.testsupport.Api;
import app.coachcal.web.testsupport.AtOnce;
import app.coachcal.web.testsupport.Dates;
import app.coachcal.web.testsupport.Json;
import app.coachcal.web.testsupport.People;
import app.coachcal.web.testsupport.Problems;
import app.coachcal.web.testsupport.Rows;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Requests for one slot that arrive at the same moment: exactly one wins, every
 * other one is told the slot is taken, and the coach's calendar never holds two
 * calls at once.
 */
class ConcurrencyIT {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private final People.Coach coach = People.coach("Europe/Berlin").weekdays("09:00", "17:00").create();
    private final LocalDate monday = Dates.mondayAhead(BERLIN, 2);

    @Test
    void forty_clients_booking_the_same_slot_at_once_get_one_201_and_thirty_nine_409s() {
        List<People.Client> clients = newClients(40);
        String start = Dates.start(monday, "10:00", BERLIN);
        Rows.Counts before = Rows.counts();

        List<HttpResponse<String>> answers = AtOnce.send(clients.stream()
                .map(client -> client.api().request("POST", Api.APPOINTMENTS, Api.startBody(start))).toList());

        assertThat(AtOnce.outcomes(answers)).isEqualTo(Map.of("201", 1L, "409 slot-taken", 39L));
        answers.stream().filter(answer -> answer.statusCode() == 409)
                .forEach(taken -> Problems.assertProblem(taken, 409, "slot-taken", "start"));
        assertThat(Rows.count("SELECT count(*) FROM appointment WHERE coach_id = ? AND status = 'booked'", coach.id()))
                .isEqualTo(1);
        assertThat(Rows.counts()).isEqualTo(new Rows.Counts(before.appointments() + 1, before.history() + 1,
                before.storedAnswers()));
    }

    @Test
    void a_move_racing_ten_bookings_for_the_same_slot_lets_exactly_one_of_them_have_it() {
        People.Client mover = coach.newClient("Europe/Berlin");
        HttpResponse<String> booked = mover.api().book(Dates.start(monday, "09:00", BERLIN));
        assertThat(booked.statusCode()).isEqualTo(201);
        UUID call = UUID.fromString(Json.parse(booked.body()).text("id"));

        for (String slot : List.of("11:00", "13:00", "15:00")) {
            String start = Dates.start(monday, slot, BERLIN);
            List<HttpRequest.Builder> requests = new ArrayList<>();
            requests.add(mover.api().request("PATCH", Api.APPOINTMENTS + "/" + call, Api.startBody(start)));
            newClients(10).forEach(client -> requests.add(
                    client.api().request("POST", Api.APPOINTMENTS, Api.startBody(start))));

            List<HttpResponse<String>> answers = AtOnce.send(requests);

            Map<String, Long> outcomes = AtOnce.outcomes(answers);
            assertThat(outcomes).as("one 200 (the move) or one 201 (a booking)")
                    .isIn(Map.of("200", 1L, "409 slot-taken", 10L), Map.of("201", 1L, "409 slot-taken", 10L));
            answers.stream().filter(answer -> answer.statusCode() == 409)
                    .forEach(taken -> Problems.assertProblem(taken, 409, "slot-taken", "start"));
            assertThat(Rows.count("SELECT count(*) FROM appointment WHERE coach_id = ? AND status = 'booked'"
                    + " AND starts_at = ?", coach.id(), Dates.instant(monday, slot, BERLIN))).isEqualTo(1);
            boolean moverWon = answers.get(0).statusCode() == 200;
            assertThat(Rows.count("SELECT count(*) FROM appointment WHERE public_id = ? AND starts_at = ?",
                    call, Dates.instant(monday, slot, BERLIN))).isEqualTo(moverWon ? 1 : 0);
        }
        assertThat(Rows.count("SELECT count(*) FROM appointment a JOIN appointment b"
                + " ON a.coach_id = b.coach_id AND a.id < b.id AND a.blocked && b.blocked"
                + " WHERE a.coach_id = ? AND a.status = 'booked' AND b.status = 'booked'", coach.id())).isZero();
    }

    private List<People.Client> newClients(int count) {
        return IntStream.range(0, count).mapToObj(n -> coach.newClient("Europe/Berlin")).toList();
    }
}
