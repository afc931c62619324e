package app.coachcal.web.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import app.coachcal.web.testsupport.Browser;
import app.coachcal.web.testsupport.Dates;
import app.coachcal.web.testsupport.Http;
import app.coachcal.web.testsupport.Json;
import app.coachcal.web.testsupport.People;
import app.coachcal.web.testsupport.RawHttp;
import app.coachcal.web.testsupport.Rows;
import app.coachcal.web.testsupport.ServerLog;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.htmlunit.html.HtmlHiddenInput;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;

/** Forms sent by someone who edits them: a refusal the person can read, with a 4xx, and nothing written. */
class HostileFormsIT {

    private final People.Coach coach = People.coach("Europe/London").weekdays("09:00", "17:00").create();
    private final People.Client client = coach.newClient("Europe/London");
    private final LocalDate monday = Dates.mondayAhead(coach.zone(), 2);

    private static HttpResponse<String> postForm(String path, String body) {
        return Http.send(HttpRequest.newBuilder(Http.uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    @Test
    void a_form_with_a_stateless_view_state_gets_the_try_again_page_with_400_and_no_stack_trace()
            throws Exception {
        long logBefore = ServerLog.size();

        for (int i = 0; i < 3; i++) {
            HttpResponse<String> answer = postForm("/login",
                    "jakarta.faces.ViewState=stateless&email=someone%40example.com&password=x&sign-in-button=Sign+in");

            assertThat(answer.statusCode()).isEqualTo(400);
            assertThat(answer.body()).contains("<title>Please try again – Coachcal</title>")
                    .doesNotContain("Exception");
            assertThat(answer.headers().firstValue("Content-Security-Policy")).isPresent();
        }
        List<String> logged = ServerLog.linesSince(logBefore);
        assertThat(logged).noneMatch(line -> line.contains("Exception") || line.contains("Unable to restore view"));
        assertThat(logged.size()).as("at most one short line per request: %s", logged).isLessThanOrEqualTo(3);
    }

    @Test
    void a_form_post_of_two_megabytes_is_refused_with_413_and_the_error_page() {
        String huge = "email=" + "a".repeat(2 * 1024 * 1024) + "&password=x";

        RawHttp.Answer answer = RawHttp.send("POST /login HTTP/1.1",
                List.of("Host: localhost", "Content-Type: application/x-www-form-urlencoded"), huge);

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.body()).contains("<title>Too much data – Coachcal</title>").doesNotContain("GRIZZLY");
        assertThat(answer.header("Content-Security-Policy")).isNotNull();
    }

    private UUID book(People.Client who, String time) {
        return UUID.fromString(Json.parse(who.api().book(Dates.start(monday.plusDays(1), time, coach.zone()))
                .body()).text("id"));
    }

    private String statusOf(UUID call) {
        return Rows.value(String.class, "SELECT status::text || ' ' || starts_at::text FROM appointment"
                + " WHERE public_id = ?", call);
    }

    @Test
    void the_cancel_form_posted_with_another_clients_call_id_is_the_page_not_found_and_cancels_nothing() {
        People.Client other = coach.newClient("Europe/London");
        UUID mine = book(client, "09:00");
        UUID theirs = book(other, "11:00");
        String before = statusOf(theirs);
        try (Browser browser = Browser.signedInAs(client.email())) {
            HtmlPage cancel = browser.open("/calls/cancel?id=" + mine);
            ((HtmlHiddenInput) cancel.querySelector("#cancel input[name='id']")).setValue(theirs.toString());

            HtmlPage answer = Browser.click(cancel, "cancel-button");

            assertThat(answer.getWebResponse().getStatusCode()).isEqualTo(404);
            assertThat(answer.getTitleText()).isEqualTo("Page not found – Coachcal");
        }
        assertThat(statusOf(theirs)).isEqualTo(before).startsWith("booked");
        assertThat(statusOf(mine)).startsWith("booked");
    }

    @Test
    void the_move_form_posted_with_another_clients_call_id_is_the_page_not_found_and_moves_nothing() {
        People.Client other = coach.newClient("Europe/London");
        UUID mine = book(client, "09:00");
        UUID theirs = book(other, "11:00");
        String before = statusOf(theirs);
        String newStart = Dates.start(monday.plusDays(2), "14:00", coach.zone());
        try (Browser browser = Browser.signedInAs(client.email())) {
            HtmlPage move = browser.open("/calls/move-to?id=" + mine + "&start=" + newStart);
            ((HtmlHiddenInput) move.querySelector("#move input[name='id']")).setValue(theirs.toString());

            HtmlPage answer = Browser.click(move, "move-button");

            assertThat(answer.getWebResponse().getStatusCode()).isEqualTo(404);
            assertThat(answer.getTitleText()).isEqualTo("Page not found – Coachcal");
        }
        assertThat(statusOf(theirs)).isEqualTo(before);
        assertThat(statusOf(mine)).startsWith("booked");
    }
}
