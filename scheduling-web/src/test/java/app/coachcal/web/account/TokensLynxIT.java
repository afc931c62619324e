package app.coachcal.web.account;

import static org.assertj.core.api.Assertions.assertThat;

import app.coachcal.web.testsupport.Api;
import app.coachcal.web.testsupport.Browser;
import app.coachcal.web.testsupport.Lynx;
import app.coachcal.web.testsupport.People;
import app.coachcal.web.testsupport.Rows;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Personal API tokens on the pages in the real text browser Lynx, keyboard only, no script. */
class TokensLynxIT {

    private static final Pattern SECRET = Pattern.compile("cc_[A-Za-z0-9_-]{43}");

    @Test
    void a_client_creates_a_token_copies_it_once_and_revokes_it() {
        People.Client client = People.coach("Europe/London").weekdays("09:00", "12:00").create().newClient("Europe/Berlin");

        try (Lynx lynx = Lynx.open("/login")) {
            lynx.fill("E-mail address", client.email());
            lynx.fill("Password", Browser.DEMO_PASSWORD);
            lynx.press("Sign in");
            lynx.waitFor("My calls");
            lynx.follow("API tokens");
            lynx.waitFor("You have no tokens");
            lynx.fill("Token name", "lynx laptop");
            lynx.press("Create token");

            Matcher secret = SECRET.matcher(lynx.waitFor("Copy this token now"));
            assertThat(secret.find()).isTrue();
            assertThat(Api.withAuthorization("Bearer " + secret.group()).get(Api.APPOINTMENTS).statusCode()).isEqualTo(200);

            lynx.press("Revoke token lynx laptop");
            String after = lynx.waitFor("The token is revoked");
            assertThat(after).doesNotContain(secret.group()).contains("You have no tokens");
            assertThat(Api.withAuthorization("Bearer " + secret.group()).get(Api.APPOINTMENTS).statusCode()).isEqualTo(401);
        }
        assertThat(Rows.count("SELECT count(*) FROM api_token WHERE user_id = ? AND name = 'lynx laptop'"
                + " AND revoked_at IS NOT NULL", client.id())).isEqualTo(1);
    }
}
