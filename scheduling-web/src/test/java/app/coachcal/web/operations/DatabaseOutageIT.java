package app.coachcal.web.operations;

import static app.coachcal.web.testsupport.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import app.coachcal.persistence.testsupport.FreshDatabase;
import app.coachcal.web.testsupport.Api;
import app.coachcal.web.testsupport.Browser;
import app.coachcal.web.testsupport.CoachcalServer;
import app.coachcal.web.testsupport.Dates;
import app.coachcal.web.testsupport.Http;
import app.coachcal.web.testsupport.Json;
import app.coachcal.web.testsupport.People;
import app.coachcal.web.testsupport.Rows;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;
import org.htmlunit.Page;
import org.junit.jupiter.api.Test;

/**
 * While PostgreSQL cannot be reached, every API answer is the {@code unavailable} problem (503 with
 * Retry-After), every page the plain "try again shortly" page (503), {@code /health} is DOWN, and nothing
 * is half-written: once the database is back, the database holds exactly what it held before. The log lines
 * of those requests carry their request id.
 */
class DatabaseOutageIT {

    private static final ZoneId LA = ZoneId.of("America/Los_Angeles");

    private final People.Coach coach = People.coach("America/Los_Angeles").weekdays("09:00", "17:00").create();
    private final People.Client client = coach.newClient("America/Los_Angeles");
    private final LocalDate monday = Dates.mondayAhead(LA, 2);

    @Test
    void an_outage_answers_503_everywhere_and_writes_nothing() throws IOException {
        String booked = Json.parse(client.api().book(Dates.start(monday, "09:00", LA)).body()).text("id");
        String call = Api.APPOINTMENTS + "/" + booked;
        FreshDatabase database = CoachcalServer.shared().database();
        try (Browser browser = Browser.signedInAs(client.email())) {
            Rows.Counts before = Rows.counts();
            database.refuseConnections();
            try {
                List<Supplier<HttpResponse<String>>> requests = List.of(
                        () -> client.api().get("/api/v1/availability?weeks=2"),
                        () -> client.api().get(Api.APPOINTMENTS),
                        () -> client.api().get(call),
                        () -> client.api().book(Dates.start(monday, "11:00", LA)),
                        () -> client.api().book(Dates.start(monday, "13:00", LA), "Idempotency-Key", "outage-1"),
                        () -> client.api().patch(call, Api.startBody(Dates.start(monday, "14:00", LA))),
                        () -> client.api().delete(call));
                String lastRequestId = "";
                for (Supplier<HttpResponse<String>> request : requests) {
                    HttpResponse<String> answer = request.get();
                    lastRequestId = answer.headers().firstValue("X-Request-Id").orElseThrow();
                    Json problem = assertProblem(answer, 503, "unavailable");
                    assertThat(answer.headers().firstValue("Retry-After")).contains("30");
                    assertThat(problem.text("instance"))
                            .isEqualTo("urn:coachcal:request:" + answer.headers().firstValue("X-Request-Id").orElseThrow());
                }
                for (String path : List.of("/calls/", "/book/", "/calls/cancel?id=" + booked)) {
                    Page page = browser.open(path);
                    assertThat(page.getWebResponse().getStatusCode()).as(path).isEqualTo(503);
                    assertThat(page.getWebResponse().getContentAsString()).as(path).contains("try again shortly");
                }
                try (Browser signingIn = new Browser()) {
                    Page answer = signingIn.signIn(client.email(), Api.PASSWORD);
                    assertThat(answer.getWebResponse().getStatusCode()).as("sign-in").isEqualTo(503);
                }
                assertThat(Http.get("/health").statusCode()).isEqualTo(503);
                assertThat(RequestIdIT.serverLogText()).contains("request=" + lastRequestId);
            } finally {
                database.allowConnections();
            }
            awaitHealthUp();
            assertThat(Rows.counts()).isEqualTo(before);
            assertThat(Json.parse(client.api().get(call).body()).text("status")).isEqualTo("booked");
            assertThat(Instant.parse(Json.parse(client.api().get(call).body()).text("start")))
                    .isEqualTo(Dates.instant(monday, "09:00", LA));
        }
    }

    private static void awaitHealthUp() {
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(30));
        while (Http.get("/health").statusCode() != 200) {
            assertThat(Instant.now()).as("health up again within 30 s").isBefore(giveUp);
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
