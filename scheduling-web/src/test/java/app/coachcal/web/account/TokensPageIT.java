package app.coachcal.web.account;

import static org.assertj.core.api.Assertions.assertThat;

import app.coachcal.web.staff.Forms;
import app.coachcal.web.testsupport.Api;
import app.coachcal.web.testsupport.Browser;
import app.coachcal.web.testsupport.Http;
import app.coachcal.web.testsupport.People;
import app.coachcal.web.testsupport.Rows;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;

/** {@code /account/tokens} in a browser without script, over the page session (issue 14). */
class TokensPageIT {

    private final People.Coach coach = People.coach("Europe/London").weekdays("09:00", "12:00").create();
    private final People.Client client = coach.newClient("Europe/Berlin");

    private static HtmlPage create(HtmlPage tokens, String name) {
        Forms.fill(tokens, "token-name", name);
        return Forms.press(tokens, "Create token");
    }

    @Test
    void a_new_token_is_shown_once_works_on_the_api_and_a_reload_does_not_show_it_again() {
        try (Browser browser = Browser.signedInAs(client.email())) {
            HtmlPage tokens = browser.open("/account/tokens");
            assertThat(tokens.getElementById("no-tokens")).isNotNull();

            HtmlPage shown = create(tokens, "laptop");

            assertThat(shown.getUrl().toString()).endsWith("/account/tokens?done=created");
            String secret = shown.getHtmlElementById("new-token").asNormalizedText();
            assertThat(secret).matches("cc_[A-Za-z0-9_-]{43}");
            assertThat(shown.getHtmlElementById("new-token-warning").asNormalizedText()).contains("will not be shown again");
            assertThat(shown.getHtmlElementById("tokens").asNormalizedText()).contains("laptop").contains("Never");
            assertThat(Api.withAuthorization("Bearer " + secret).get(Api.APPOINTMENTS).statusCode()).isEqualTo(200);

            HtmlPage reloaded = browser.open("/account/tokens?done=created");
            assertThat(reloaded.getElementById("new-token")).isNull();
            assertThat(reloaded.asXml()).doesNotContain(secret);
        }
    }

    @Test
    void a_missing_name_and_a_bad_lifetime_are_shown_in_the_error_summary_and_nothing_is_made() {
        try (Browser browser = Browser.signedInAs(client.email())) {
            HtmlPage tokens = browser.open("/account/tokens");
            Forms.fill(tokens, "token-days", "400");

            HtmlPage refused = create(tokens, "   ");

            assertThat(Forms.errorLinks(refused)).containsExactly("#token-name", "#token-days");
            Forms.assertFieldError(refused, "token-name", "Enter a name for the token");
            Forms.assertFieldError(refused, "token-days", "from 1 to 365");
            assertThat(refused.getElementById("new-token")).isNull();
        }
        assertThat(Rows.count("SELECT count(*) FROM api_token WHERE user_id = ?", client.id())).isZero();
    }

    @Test
    void revoking_a_token_stops_it_at_once_and_keeps_its_row() {
        try (Browser browser = Browser.signedInAs(client.email())) {
            String kept = create(browser.open("/account/tokens"), "kept").getHtmlElementById("new-token").asNormalizedText();
            HtmlPage shown = create(browser.open("/account/tokens"), "laptop");
            String secret = shown.getHtmlElementById("new-token").asNormalizedText();

            HtmlPage revoked = Forms.press(shown, "Revoke token laptop");

            assertThat(revoked.getUrl().toString()).endsWith("/account/tokens?done=revoked");
            assertThat(revoked.getHtmlElementById("revoked").asNormalizedText()).contains("no longer works");
            assertThat(revoked.getHtmlElementById("tokens").asNormalizedText()).contains("kept").doesNotContain("laptop");
            assertThat(Api.withAuthorization("Bearer " + secret).get(Api.APPOINTMENTS).statusCode()).isEqualTo(401);
            assertThat(Api.withAuthorization("Bearer " + kept).get(Api.APPOINTMENTS).statusCode()).isEqualTo(200);
        }
        assertThat(Rows.count("SELECT count(*) FROM api_token WHERE user_id = ? AND revoked_at IS NOT NULL", client.id()))
                .isEqualTo(1);
    }

    @Test
    void every_signed_in_role_has_the_page_and_nobody_else() {
        People.Admin admin = People.admin("UTC");
        for (String email : new String[] {client.email(), coach.email(), admin.email()}) {
            try (Browser browser = Browser.signedInAs(email)) {
                HtmlPage tokens = browser.open("/account/tokens");
                assertThat(tokens.getWebResponse().getStatusCode()).as(email).isEqualTo(200);
                assertThat(tokens.getAnchorByText("API tokens")).isNotNull();
            }
        }
        assertThat(Http.get("/account/tokens").statusCode()).isEqualTo(302);
    }
}
