package app.coachcal.web.staff;

import static org.assertj.core.api.Assertions.assertThat;

import app.coachcal.web.testsupport.Browser;
import app.coachcal.web.testsupport.Dates;
import app.coachcal.web.testsupport.People;
import app.coachcal.web.testsupport.Rows;
import java.time.LocalDate;
import java.util.UUID;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;

/** My week, cancelling a client's call, My clients and Preview, in a browser that runs no script. */
class StaffPagesIT {

    private final People.Coach coach = People.coach("Europe/London").weekdays("09:00", "12:00").create();
    private final People.Client client = coach.newClient("America/New_York");
    private final LocalDate monday = Dates.mondayAhead(coach.zone(), 2);

    private UUID bookAt(String time) {
        assertThat(client.api().book(Dates.start(monday, time, coach.zone())).statusCode()).isEqualTo(201);
        return Rows.value(UUID.class, "SELECT public_id FROM appointment WHERE client_id = ? ORDER BY id DESC LIMIT 1",
                client.id());
    }

    @Test
    void my_week_lists_the_calls_of_the_coachs_clients_by_day_with_names_and_week_links() {
        bookAt("10:00");
        try (Browser browser = Browser.signedInAs(coach.email())) {
            HtmlPage week = browser.open("/staff/?from=" + monday.plusDays(3));

            assertThat(week.getTitleText()).isEqualTo("My week, week of " + app.coachcal.admin.Times.day(monday) + " – Coachcal");
            assertThat(week.querySelectorAll("h1")).hasSize(1);
            assertThat(week.querySelectorAll(".day h2")).hasSize(7);
            assertThat(week.getHtmlElementById("week-of").asNormalizedText())
                    .isEqualTo("Week of Monday " + monday.getDayOfMonth() + " " + monday.getMonth().getDisplayName(
                            java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH) + " " + monday.getYear()
                            + " (times in your zone, Europe/London)");
            String firstDay = week.getHtmlElementById("day-" + monday).getParentNode().asNormalizedText();
            assertThat(firstDay).contains("10:00–11:00").contains(client.name()).contains("America/New_York");
            assertThat(week.getHtmlElementById("day-" + monday.plusDays(1)).getParentNode().asNormalizedText())
                    .contains("No calls.");
            assertThat(week.getHtmlElementById("previous-week").getAttribute("href"))
                    .isEqualTo("/staff/?from=" + monday.minusWeeks(1));
            assertThat(week.getHtmlElementById("next-week").getAttribute("href"))
                    .isEqualTo("/staff/?from=" + monday.plusWeeks(1));
        }
    }

    @Test
    void a_date_that_is_not_a_date_gets_a_linked_error_and_this_week() {
        try (Browser browser = Browser.signedInAs(coach.email())) {
            HtmlPage week = browser.open("/staff/?from=next-tuesday");

            Forms.assertFieldError(week, "from", "Enter a date as YYYY-MM-DD");
            assertThat(week.querySelectorAll(".day h2")).hasSize(7);
        }
    }

    @Test
    void cancelling_a_call_needs_a_reason_which_the_client_then_sees_and_history_keeps() {
        UUID call = bookAt("10:00");
        try (Browser browser = Browser.signedInAs(coach.email())) {
            HtmlPage cancel = browser.open("/staff/cancel?id=" + call);
            assertThat(cancel.getTitleText()).isEqualTo("Cancel a client's call – Coachcal");
            assertThat(cancel.getHtmlElementById("call-summary").asNormalizedText()).contains("10:00").contains(client.name());

            HtmlPage refused = Forms.press(cancel, "Cancel the call with " + client.name());
            Forms.assertFieldError(refused, "reason", "Enter a reason for cancelling");
            assertThat(Rows.value(String.class, "SELECT status::text FROM appointment WHERE public_id = ?", call)).isEqualTo("booked");

            Forms.fill(refused, "reason", "I am ill, sorry");
            HtmlPage week = Forms.press(refused, "Cancel the call with " + client.name());

            assertThat(week.getUrl().getPath()).isEqualTo("/staff/");
            assertThat(week.asNormalizedText()).contains("The call is cancelled").contains("cancelled: I am ill, sorry");
            assertThat(Rows.row("SELECT a.status::text, a.cancel_reason, a.cancelled_by, h.reason, h.actor_id"
                    + " FROM appointment a JOIN appointment_history h ON h.appointment_id = a.id AND h.action = 'cancelled'"
                    + " WHERE a.public_id = ?", call))
                    .containsExactly("cancelled", "I am ill, sorry", coach.id(), "I am ill, sorry", coach.id());
            assertThat(client.api().get("/api/v1/appointments/" + call).body()).contains("\"cancelReason\":\"I am ill, sorry\"");
        }
        try (Browser clientBrowser = Browser.signedInAs(client.email())) {
            assertThat(clientBrowser.open("/calls/").asNormalizedText()).contains("Reason: I am ill, sorry");
        }
    }

    @Test
    void another_coachs_call_and_a_made_up_id_are_not_found() {
        UUID call = bookAt("10:00");
        People.Coach other = People.coach("Europe/London").weekdays("09:00", "12:00").create();
        try (Browser browser = Browser.signedInAs(other.email())) {
            assertThat(browser.open("/staff/cancel?id=" + call).getWebResponse().getStatusCode()).isEqualTo(404);
            assertThat(browser.open("/staff/cancel?id=" + UUID.randomUUID()).getWebResponse().getStatusCode()).isEqualTo(404);
            assertThat(browser.open("/staff/cancel?id=not-an-id").getWebResponse().getStatusCode()).isEqualTo(404);
            assertThat(browser.open("/staff/?from=" + monday).asNormalizedText()).doesNotContain(client.name());
        }
        assertThat(Rows.value(String.class, "SELECT status::text FROM appointment WHERE public_id = ?", call)).isEqualTo("booked");
    }

    @Test
    void my_clients_shows_each_current_client_with_zone_and_next_call() {
        bookAt("10:00");
        People.Client second = coach.newClient("Asia/Tokyo");
        try (Browser browser = Browser.signedInAs(coach.email())) {
            HtmlPage clients = browser.open("/staff/clients");

            assertThat(clients.getTitleText()).isEqualTo("My clients – Coachcal");
            String table = clients.getHtmlElementById("clients").asNormalizedText();
            assertThat(table).contains(client.name() + "\t" + client.email() + "\tAmerica/New_York")
                    .contains(second.name() + "\t" + second.email() + "\tAsia/Tokyo\tNone booked");
            assertThat(table).containsPattern(client.name() + ".*\\d{1,2} \\w{3} \\d{4}, 10:00 \\(their time: .*, 05:00\\)");
        }
    }

    @Test
    void preview_offers_the_free_slots_clients_see_and_not_those_taken_by_a_call() {
        bookAt("10:00");
        try (Browser browser = Browser.signedInAs(coach.email())) {
            HtmlPage preview = browser.open("/staff/preview?from=" + monday + "&weeks=1");

            assertThat(preview.getTitleText()).isEqualTo("Preview – Coachcal");
            String monday9 = preview.querySelectorAll(".day").get(0).asNormalizedText();
            assertThat(monday9).startsWith("Monday").contains("09:00").contains("11:00")
                    .doesNotContain("09:30").doesNotContain("10:00").doesNotContain("10:30");
            assertThat(preview.getHtmlElementById("slot-count").asNormalizedText()).isEqualTo((5 * 5 - 3) + " free start times.");

            HtmlPage many = browser.open("/staff/preview?from=" + monday + "&weeks=30");
            assertThat(many.getHtmlElementById("capped").asNormalizedText()).startsWith("Shown: 8 weeks");
            assertThat(many.getHtmlElementById("weeks").getAttribute("value")).isEqualTo("8");

            HtmlPage bad = browser.open("/staff/preview?from=soon&weeks=many");
            Forms.assertFieldError(bad, "from", "Enter the first day as YYYY-MM-DD");
            Forms.assertFieldError(bad, "weeks", "Enter the number of weeks as a whole number from 1 to 99");
            assertThat(Forms.errorLinks(bad)).containsExactly("#from", "#weeks");
        }
    }
}
