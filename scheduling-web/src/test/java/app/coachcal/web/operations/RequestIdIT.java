package app.coachcal.web.operations;

import static app.coachcal.web.testsupport.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import app.coachcal.web.testsupport.Api;
import app.coachcal.web.testsupport.Dates;
import app.coachcal.web.testsupport.Http;
import app.coachcal.web.testsupport.Json;
import app.coachcal.web.testsupport.People;
import app.coachcal.web.testsupport.Rows;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * Every answer names its request ({@code X-Request-Id}), every problem+json says it in {@code instance}, a
 * client's own id is kept only when it has an id's shape, and a refused booking leaves no stack trace in the log.
 */
class RequestIdIT {

    private static final ZoneId LA = ZoneId.of("America/Los_Angeles");
    private static final String HEX_ID = "[0-9a-f]{16}";

    @Test
    void every_answer_carries_a_new_request_id_pages_too() {
        HttpResponse<String> page = Http.get("/login");
        HttpResponse<String> other = Http.get("/login");

        assertThat(page.headers().firstValue("X-Request-Id")).hasValueSatisfying(id -> assertThat(id).matches(HEX_ID));
        assertThat(other.headers().firstValue("X-Request-Id")).isNotEqualTo(page.headers().firstValue("X-Request-Id"));
    }

    @Test
    void a_problem_names_its_request_in_instance() {
        HttpResponse<String> refused = Api.anonymous().get(Api.APPOINTMENTS);

        Json problem = assertProblem(refused, 401, "unauthenticated");
        assertThat(problem.text("instance"))
                .isEqualTo("urn:coachcal:request:" + refused.headers().firstValue("X-Request-Id").orElseThrow());
    }

    @Test
    void a_client_id_of_the_right_shape_is_kept_and_any_other_replaced() {
        assertThat(withRequestId("support-case_4711").headers().firstValue("X-Request-Id")).contains("support-case_4711");
        for (String forged : new String[] {"short", "has space in it", "x".repeat(65), "forged][SEVERE"}) {
            assertThat(withRequestId(forged).headers().firstValue("X-Request-Id"))
                    .hasValueSatisfying(id -> assertThat(id).matches(HEX_ID));
        }
    }

    @Test
    void a_booking_refused_by_the_database_logs_no_stack_trace() throws IOException {
        People.Coach coach = People.coach("America/Los_Angeles").weekdays("09:00", "17:00").create();
        People.Client client = coach.newClient("America/Los_Angeles");
        // The relationship ends in three days: the Java checks see a current coach, the database's trigger
        // refuses a call after the end (appointment_relationship_is_current).
        Rows.update("UPDATE coaching_relationship SET ends_at = now() + interval '3 days'"
                + " WHERE id = ?", client.relationshipId());
        LocalDate monday = Dates.mondayAhead(LA, 2);
        long stackLinesBefore = stackTraceLines();

        HttpResponse<String> refused = client.api().book(Dates.start(monday, "10:00", LA));

        assertProblem(refused, 403, "no-current-coach");
        assertThat(stackTraceLines()).isEqualTo(stackLinesBefore);
    }

    private static HttpResponse<String> withRequestId(String id) {
        return Http.send(HttpRequest.newBuilder(Http.uri("/login")).header("X-Request-Id", id).GET());
    }

    /** Lines of stack traces in the server log, once the launcher has copied what Payara printed so far. */
    static long stackTraceLines() throws IOException {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Files.readAllLines(serverLog()).stream().filter(line -> line.startsWith("\tat ")).count();
    }

    /** The server's log so far, once the launcher has copied what Payara printed. */
    static String serverLogText() throws IOException {
        stackTraceLines();
        return Files.readString(serverLog());
    }

    /** Where the shared test server's output goes (see CoachcalServer). */
    static Path serverLog() {
        return Path.of("target", "payara-it.log");
    }
}
