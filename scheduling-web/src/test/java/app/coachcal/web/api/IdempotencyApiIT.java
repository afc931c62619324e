package app.coachcal.web.api;

import static app.coachcal.web.testsupport.Problems.assertRefusedWithNothingWritten;
import static org.assertj.core.api.Assertions.assertThat;

import app.coachcal.web.testsupport.Api;
import app.coachcal.web.testsupport.AtOnce;
import app.coachcal.web.testsupport.Dates;
import app.coachcal.web.testsupport.Json;
import app.coachcal.web.testsupport.People;
import app.coachcal.web.testsupport.Rows;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A booking sent with an Idempotency-Key is made once, however often it is
 * retried: every retry gets the first answer again, and the key cannot be used
 * for another request.
 */
class IdempotencyApiIT {

    private static final ZoneId SYDNEY = ZoneId.of("Australia/Sydney");
    private static final String KEY = "Idempotency-Key";

    private final People.Coach coach = People.coach("Australia/Sydney").weekdays("09:00", "17:00").create();
    private final People.Client client = coach.newClient("Australia/Sydney");
    private final LocalDate monday = Dates.mondayAhead(SYDNEY, 2);
    private final String key = UUID.randomUUID().toString();

    @Test
    void the_same_key_twice_gets_the_first_answer_again_and_books_once() {
        String start = Dates.start(monday, "09:00", SYDNEY);
        Rows.Counts before = Rows.counts();

        HttpResponse<String> first = client.api().book(start, KEY, key);
        HttpResponse<String> retry = client.api().book(start, KEY, key);

        assertThat(first.statusCode()).isEqualTo(201);
        assertSameAnswer(retry, first);
        assertThat(bookedCallsOfTheCoach()).isEqualTo(1);
        assertThat(Rows.counts()).isEqualTo(new Rows.Counts(before.appointments() + 1, before.history() + 1,
                before.storedAnswers() + 1));
    }

    @Test
    void the_same_key_with_another_body_is_refused_with_422_idempotency_key_reused() {
        client.api().book(Dates.start(monday, "09:00", SYDNEY), KEY, key);

        assertRefusedWithNothingWritten(() -> client.api().book(Dates.start(monday, "10:00", SYDNEY), KEY, key),
                422, "idempotency-key-reused", KEY);
        assertThat(bookedCallsOfTheCoach()).isEqualTo(1);
    }

    @Test
    void five_posts_with_the_same_key_at_once_all_get_the_same_201_and_book_once() {
        String body = Api.startBody(Dates.start(monday, "09:00", SYDNEY));

        List<HttpResponse<String>> answers = AtOnce.send(Collections.nCopies(5, null).stream()
                .map(each -> client.api().request("POST", Api.APPOINTMENTS, body, KEY, key)).toList());

        assertThat(AtOnce.outcomes(answers)).isEqualTo(Map.of("201", 5L));
        answers.forEach(answer -> assertSameAnswer(answer, answers.get(0)));
        assertThat(bookedCallsOfTheCoach()).isEqualTo(1);
    }

    @Test
    void the_same_key_from_another_client_is_another_request() {
        People.Client other = coach.newClient("Australia/Sydney");

        HttpResponse<String> mine = client.api().book(Dates.start(monday, "09:00", SYDNEY), KEY, key);
        HttpResponse<String> theirs = other.api().book(Dates.start(monday, "10:00", SYDNEY), KEY, key);

        assertThat(mine.statusCode()).isEqualTo(201);
        assertThat(theirs.statusCode()).isEqualTo(201);
        assertThat(Json.parse(theirs.body()).text("id")).isNotEqualTo(Json.parse(mine.body()).text("id"));
        assertThat(bookedCallsOfTheCoach()).isEqualTo(2);
    }

    @Test
    void a_key_that_is_not_1_to_64_letters_digits_dashes_or_underscores_is_refused_with_400() {
        String start = Dates.start(monday, "09:00", SYDNEY);

        for (String bad : List.of("has space", "a".repeat(65), "semi;colon", "dot.ted", "' OR 1=1 --")) {
            assertRefusedWithNothingWritten(() -> client.api().book(start, KEY, bad), 400, "invalid-field", KEY);
        }
    }

    private static void assertSameAnswer(HttpResponse<String> retry, HttpResponse<String> first) {
        assertThat(retry.statusCode()).isEqualTo(first.statusCode());
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.headers().firstValue("Location")).isPresent().isEqualTo(first.headers().firstValue("Location"));
        assertThat(retry.headers().firstValue("Content-Type")).isEqualTo(first.headers().firstValue("Content-Type"));
    }

    private long bookedCallsOfTheCoach() {
        return Rows.count("SELECT count(*) FROM appointment WHERE coach_id = ? AND status = 'booked'", coach.id());
    }
}
