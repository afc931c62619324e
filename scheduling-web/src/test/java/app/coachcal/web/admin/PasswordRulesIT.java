package app.coachcal.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import app.coachcal.web.staff.Forms;
import app.coachcal.web.testsupport.Browser;
import app.coachcal.web.testsupport.People;
import app.coachcal.web.testsupport.Rows;
import java.util.UUID;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;

/**
 * New passwords follow NIST SP 800-63B: 12 to 128 characters of any kind, and none of the most common
 * passwords, ignoring letter case (issue 11). Existing passwords are not touched.
 */
class PasswordRulesIT {

    private static final String COMMON = "You chose one of the most common passwords";

    @Test
    void an_admin_cannot_give_a_new_account_a_common_temporary_password_whatever_its_letter_case() {
        String email = "new-client-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        try (Browser browser = Browser.signedInAs("admin@example.com")) {
            HtmlPage page = browser.open("/admin/people");
            Forms.fill(page, "name", "Cora Common");
            Forms.fill(page, "email", email);
            Forms.fill(page, "zone", "Europe/Paris");
            Forms.choose(page, "role", "client");
            Forms.fill(page, "password", "QWERTY123456");
            HtmlPage refused = Forms.press(page, "Create the account");

            Forms.assertFieldError(refused, "password", "This is one of the most common passwords");
            assertThat(Forms.errorLinks(refused)).containsExactly("#password");
        }
        assertThat(Rows.count("SELECT count(*) FROM app_user WHERE email = ?", email)).isZero();
    }

    @Test
    void a_password_change_refuses_a_common_password_and_one_over_128_characters_and_takes_any_other_characters() {
        People.Client client = People.coach("Europe/London").weekdays("09:00", "17:00").create().newClient("Europe/Paris");
        Rows.update("UPDATE app_user SET must_change_password = true WHERE id = ?", client.id());
        String before = Rows.value(String.class, "SELECT password_hash FROM app_user WHERE id = ?", client.id());
        try (Browser browser = Browser.signedInAs(client.email())) {
            assertRefused(browser, "leaveMeAlone", "This is one of the most common passwords");
            assertRefused(browser, "x".repeat(129), "Enter a new password of 12 to 128 characters.");
            assertThat(Rows.value(String.class, "SELECT password_hash FROM app_user WHERE id = ?", client.id()))
                    .isEqualTo(before);

            String unusual = "ünïcode pass phrase 🙂";
            HtmlPage changed = change(browser, unusual);
            assertThat(changed.getHtmlElementById("password-changed").asNormalizedText()).isEqualTo("Your password is changed.");
        }
        try (Browser again = new Browser()) {
            assertThat(again.signIn(client.email(), "ünïcode pass phrase 🙂").getUrl().getPath()).startsWith("/calls/");
        }
    }

    private static void assertRefused(Browser browser, String wanted, String message) {
        Forms.assertFieldError(change(browser, wanted), "new-password", message);
    }

    private static HtmlPage change(Browser browser, String wanted) {
        HtmlPage form = browser.open("/account/password");
        Forms.fill(form, "current", Browser.DEMO_PASSWORD);
        Forms.fill(form, "new-password", wanted);
        Forms.fill(form, "repeat", wanted);
        return Forms.press(form, "Change my password");
    }
}
