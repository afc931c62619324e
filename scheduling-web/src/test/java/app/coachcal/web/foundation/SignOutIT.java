package app.coachcal.web.foundation;

import static org.assertj.core.api.Assertions.assertThat;

import app.coachcal.web.staff.Forms;
import app.coachcal.web.testsupport.Browser;
import app.coachcal.web.testsupport.Dates;
import app.coachcal.web.testsupport.Http;
import app.coachcal.web.testsupport.Json;
import app.coachcal.web.testsupport.People;
import app.coachcal.web.testsupport.Rows;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.function.Function;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;

/**
 * Sign out works from every page: the header's form posts to the one address {@code /signout}, also from
 * pages that are not Faces views of their own (error pages) or that need parameters (issue 12, section 2).
 */
class SignOutIT {

    private final People.Coach coach = People.coach("Europe/London").weekdays("09:00", "12:00").create();
    private final People.Client client = coach.newClient("Europe/Paris");
    private final LocalDate monday = Dates.mondayAhead(coach.zone(), 2);

    @Test
    void signing_out_from_a_persons_page_ends_the_admins_session() {
        assertSignsOut("admin@example.com", browser -> browser.open("/admin/person?id=" + coach.publicId()), "/admin/people");
    }

    @Test
    void signing_out_from_the_cancel_page_ends_the_coachs_session() {
        String call = Json.parse(client.api().book(Dates.start(monday, "10:00", coach.zone())).body()).text("id");
        assertSignsOut(coach.email(), browser -> browser.open("/staff/cancel?id=" + call), "/staff/");
    }

    @Test
    void signing_out_from_the_confirmation_of_new_hours_ends_the_coachs_session() {
        client.api().book(Dates.start(monday, "10:00", coach.zone()));
        assertSignsOut(coach.email(), browser -> {
            HtmlPage hours = browser.open("/staff/hours");
            Forms.fill(hours, "off-first", monday.toString());
            HtmlPage confirm = Forms.press(hours, "Add time off");
            assertThat(confirm.getUrl().getPath()).isEqualTo("/staff/hours-confirm");
            return confirm;
        }, "/staff/hours");
    }

    @Test
    void signing_out_from_the_403_page_ends_the_session() {
        assertSignsOut(client.email(), browser -> expect(browser.open("/admin/rules"), 403), "/calls/");
    }

    @Test
    void signing_out_from_the_404_page_ends_the_session() {
        assertSignsOut(client.email(), browser -> expect(browser.open("/no-such-page"), 404), "/calls/");
    }

    @Test
    void signing_out_from_the_500_page_ends_the_session() {
        // The rules page reads the history of changes; without its table the page fails with the 500 page.
        assertSignsOut("admin@example.com", browser -> {
            Rows.update("ALTER TABLE business_rule_change RENAME TO business_rule_change_hidden_by_test");
            try {
                return expect(browser.open("/admin/rules"), 500);
            } finally {
                Rows.update("ALTER TABLE business_rule_change_hidden_by_test RENAME TO business_rule_change");
            }
        }, "/admin/people");
    }

    @Test
    void a_person_who_must_still_change_the_password_can_sign_out_from_the_password_page() {
        Rows.update("UPDATE app_user SET must_change_password = true WHERE id = ?", client.id());
        assertSignsOut(client.email(), browser -> {
            HtmlPage forced = browser.open("/calls/");
            assertThat(forced.getUrl().getPath()).isEqualTo("/account/password");
            return forced;
        }, "/calls/");
    }

    @Test
    void a_sign_out_without_the_sessions_token_is_refused_and_the_person_stays_signed_in() {
        try (Browser browser = Browser.signedInAs(client.email())) {
            HtmlPage calls = browser.open("/calls/");
            ((HtmlElement) calls.querySelector("#sign-out input[name=token]")).setAttribute("value", "forged");

            HtmlPage refused = Browser.click(calls, "sign-out-button");

            assertThat(refused.getWebResponse().getStatusCode()).isEqualTo(403);
            assertThat(browser.open("/calls/").getTitleText()).isEqualTo("My calls – Coachcal");
        }
    }

    @Test
    void the_sign_out_address_opened_by_get_signs_nobody_out_and_says_how() {
        try (Browser browser = Browser.signedInAs(client.email())) {
            HtmlPage page = browser.open("/signout");

            assertThat(page.getWebResponse().getStatusCode()).isEqualTo(200);
            assertThat(page.getTitleText()).isEqualTo("Sign out – Coachcal");
            assertThat(browser.open("/calls/").getTitleText()).isEqualTo("My calls – Coachcal");
        }
        assertThat(Http.get("/signout").body()).contains("You are not signed in.");
    }

    @Test
    void other_methods_on_the_sign_out_address_get_405_with_the_allowed_ones_and_a_page() {
        for (String method : new String[] {"PUT", "DELETE", "PATCH"}) {
            HttpResponse<String> answer = Http.send(HttpRequest.newBuilder(Http.uri("/signout"))
                    .method(method, HttpRequest.BodyPublishers.noBody()));

            assertThat(answer.statusCode()).as(method).isEqualTo(405);
            assertThat(answer.headers().firstValue("Allow")).as(method).hasValue("GET, HEAD, POST");
            assertThat(answer.body()).as(method).contains("<title>Not possible here – Coachcal</title>");
        }
    }

    private static HtmlPage expect(HtmlPage page, int status) {
        assertThat(page.getWebResponse().getStatusCode()).isEqualTo(status);
        return page;
    }

    /** Opens a page as {@code email}, presses its Sign out button and checks the session is over. */
    private static void assertSignsOut(String email, Function<Browser, HtmlPage> open, String protectedPage) {
        try (Browser browser = Browser.signedInAs(email)) {
            HtmlPage page = open.apply(browser);
            assertThat(page.asNormalizedText()).contains("Signed in as " + email);

            HtmlPage signedOut = Browser.click(page, "sign-out-button");

            assertThat(signedOut.getUrl().getPath()).isEqualTo("/login");
            assertThat(signedOut.asNormalizedText()).contains("You have signed out.");
            assertThat(browser.open(protectedPage).getUrl().getPath()).isEqualTo("/login");
        }
    }
}
