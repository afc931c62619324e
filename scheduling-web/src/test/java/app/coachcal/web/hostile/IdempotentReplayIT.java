package app.coachcal.web.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import app.coachcal.web.testsupport.Dates;
import app.coachcal.web.testsupport.Json;
import app.coachcal.web.testsupport.People;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A retry with an Idempotency-Key gets the first answer verbatim (as the README says), marked as a replay, so
 * that a client who lost the first answer learns what it was; what is true now is at its Location.
 */
class IdempotentReplayIT {

    private final People.Coach coach = People.coach("UTC").weekdays("09:00", "17:00").create();
    private final People.Client client = coach.newClient("UTC");
    private final LocalDate monday = Dates.mondayAhead(coach.zone(), 2);

    @Test
    void a_replay_after_the_call_was_cancelled_is_the_first_answer_marked_as_a_replay() {
        String key = UUID.randomUUID().toString();
        String start = Dates.start(monday, "09:00", coach.zone());
        HttpResponse<String> first = client.api().book(start, "Idempotency-Key", key);
        String location = first.headers().firstValue("Location").orElseThrow();
        assertThat(first.headers().firstValue("Idempotent-Replayed")).isEmpty();
        String path = location.substring(location.indexOf("/api/"));
        assertThat(client.api().delete(path).statusCode()).isEqualTo(204);

        HttpResponse<String> replay = client.api().book(start, "Idempotency-Key", key);

        assertThat(replay.statusCode()).isEqualTo(201);
        assertThat(replay.body()).isEqualTo(first.body());
        assertThat(replay.headers().firstValue("Location")).contains(location);
        assertThat(replay.headers().firstValue("Idempotent-Replayed")).contains("true");
        assertThat(Json.parse(client.api().get(path).body()).text("status")).isEqualTo("cancelled");
    }
}
