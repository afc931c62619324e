package app.coachcal.web.api;

import static app.coachcal.web.testsupport.Problems.assertProblem;
import static app.coachcal.web.testsupport.Problems.withoutInstance;
import static org.assertj.core.api.Assertions.assertThat;

import app.coachcal.web.testsupport.Api;
import app.coachcal.web.testsupport.Dates;
import app.coachcal.web.testsupport.Json;
import app.coachcal.web.testsupport.People;
import app.coachcal.web.testsupport.Rows;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * "Yours?": a call can be read, moved and cancelled only by its own client (and
 * read by its coach). Anyone else gets exactly the 404 of an id that names no
 * call at all, so an id never tells whether a call exists, and the call stays
 * as it was.
 */
class OwnershipApiIT {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final People.Coach coach = People.coach("Europe/Paris").weekdays("09:00", "17:00").create();
    private final People.Client owner = coach.newClient("Europe/Paris");
    private final LocalDate monday = Dates.mondayAhead(PARIS, 2);
    private final UUID call = book();

    @Test
    void another_client_of_the_same_coach_gets_the_404_of_a_random_id_for_get_patch_and_delete() {
        assertLooksLikeNoCallAndChangesNothing(coach.newClient("Europe/Paris").api());
    }

    @Test
    void a_client_of_another_coach_gets_the_404_of_a_random_id_for_get_patch_and_delete() {
        People.Coach otherCoach = People.coach("Europe/Paris").weekdays("09:00", "17:00").create();

        assertLooksLikeNoCallAndChangesNothing(otherCoach.newClient("Europe/Paris").api());
    }

    @Test
    void another_coach_and_a_demo_client_get_the_404_of_a_random_id_too() {
        assertLooksLikeNoCallAndChangesNothing(People.coach("Europe/Paris").create().api());
        assertLooksLikeNoCallAndChangesNothing(Api.as("client5@example.com"));
    }

    @Test
    void a_malformed_id_gets_the_same_404_as_a_random_id() {
        Api api = owner.api();
        Map<?, ?> random = withoutInstance(api.get(Api.APPOINTMENTS + "/" + UUID.randomUUID()));

        for (String id : List.of("abc", "1", call.toString().toUpperCase(), call + "0", call.toString().substring(1))) {
            HttpResponse<String> read = api.get(Api.APPOINTMENTS + "/" + id);
            assertProblem(read, 404, "not-found");
            assertThat(withoutInstance(read)).isEqualTo(random);
        }
    }

    @Test
    void another_client_of_the_same_coach_does_not_see_it_in_their_list() {
        HttpResponse<String> list = coach.newClient("Europe/Paris").api().get(Api.APPOINTMENTS);

        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(Json.parse(list.body()).items("appointments")).isEmpty();
    }

    @Test
    void the_owner_and_the_coach_can_read_it() {
        assertThat(owner.api().get(Api.APPOINTMENTS + "/" + call).statusCode()).isEqualTo(200);
        assertThat(coach.api().get(Api.APPOINTMENTS + "/" + call).statusCode()).isEqualTo(200);
    }

    private void assertLooksLikeNoCallAndChangesNothing(Api stranger) {
        List<Object> callBefore = callRow();
        Rows.Counts before = Rows.counts();
        String moveTo = Api.startBody(Dates.start(monday, "11:00", PARIS));
        String nobody = Api.APPOINTMENTS + "/" + UUID.randomUUID();
        String theirs = Api.APPOINTMENTS + "/" + call;

        List<HttpResponse<String>> forNobody = List.of(stranger.get(nobody), stranger.patch(nobody, moveTo),
                stranger.delete(nobody));
        List<HttpResponse<String>> forTheCall = List.of(stranger.get(theirs), stranger.patch(theirs, moveTo),
                stranger.delete(theirs));

        for (int method = 0; method < 3; method++) {
            assertProblem(forTheCall.get(method), 404, "not-found");
            assertThat(withoutInstance(forTheCall.get(method))).isEqualTo(withoutInstance(forNobody.get(method)));
            assertThat(forTheCall.get(method).headers().firstValue("Content-Type"))
                    .isEqualTo(forNobody.get(method).headers().firstValue("Content-Type"));
        }
        assertThat(callRow()).isEqualTo(callBefore);
        assertThat(Rows.counts()).isEqualTo(before);
    }

    private List<Object> callRow() {
        return Rows.row("SELECT status::text, starts_at, ends_at, cancelled_at FROM appointment WHERE public_id = ?", call);
    }

    private UUID book() {
        HttpResponse<String> booked = owner.api().book(Dates.start(monday, "09:00", PARIS));
        assertThat(booked.statusCode()).as(booked.body()).isEqualTo(201);
        return UUID.fromString(Json.parse(booked.body()).text("id"));
    }
}
