package app.coachcal.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import app.coachcal.web.testsupport.Browser;
import app.coachcal.web.testsupport.Lynx;
import app.coachcal.web.testsupport.Rows;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Account creation in the real text browser lynx, one session for the admin and one for the new person (issue 12). */
class AdminLynxIT {

    @Test
    void an_admin_creates_an_account_after_seeing_every_error_at_once_and_the_new_person_must_change_the_password() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String name = "Aaron Lynx " + tag;
        String email = "lynx-" + tag + "@example.com";
        try (Lynx lynx = Lynx.open("/login")) {
            lynx.fill("E-mail address", "admin@example.com");
            lynx.fill("Password", Browser.DEMO_PASSWORD);
            lynx.press("Sign in");
            assertThat(lynx.waitFor("Create an account")).doesNotContain(name)
                    .as("a select stands apart from its label").doesNotContain("Role[");

            lynx.press("Create the account");
            String refused = lynx.waitFor("There is a problem");
            assertThat(refused).contains("Enter a name", "Enter an email address", "Enter a time zone, like Europe/London",
                    "Enter a temporary password of");

            lynx.fill("Full name", name);
            lynx.fill("E-mail address", email);
            lynx.fill("Area/City, such as", "london");
            lynx.fill("Temporary password", "temporary-secret-1");
            lynx.press("Create the account");
            refused = lynx.waitFor("Did you mean");
            assertThat(refused).contains("There is no time zone “london”. Did you mean Europe/London?")
                    .doesNotContain("Enter a name");

            lynx.fill("Area/City, such as", "Europe/London");
            lynx.fill("Temporary password", "temporary-secret-1");
            lynx.press("Create the account");
            assertThat(lynx.waitFor("Account created.")).contains(email);

            lynx.follow("People");
            assertThat(lynx.waitFor("People – Coachcal")).contains(name);
            lynx.follow(name);
            lynx.waitFor(name + " – Coachcal");
            lynx.press("Sign out");
            lynx.waitFor("You have signed out.");
        }
        try (Lynx lynx = Lynx.open("/login")) {
            lynx.fill("E-mail address", email);
            lynx.fill("Password", "temporary-secret-1");
            lynx.press("Sign in");
            lynx.waitFor("You signed in with a temporary password.");
            lynx.fill("Current password", "temporary-secret-1");
            lynx.fill("New password", "aarons-own-password");
            lynx.fill("New password again", "aarons-own-password");
            lynx.press("Change my password");
            assertThat(lynx.waitFor("Your password is changed.")).contains("My calls");
        }
        assertThat(Rows.value(Boolean.class, "SELECT must_change_password FROM app_user WHERE email = ?", email)).isFalse();
    }
}
