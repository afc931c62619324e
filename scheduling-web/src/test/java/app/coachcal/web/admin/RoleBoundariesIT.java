package app.coachcal.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import app.coachcal.web.testsupport.Browser;
import app.coachcal.web.testsupport.Http;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.htmlunit.HttpMethod;
import org.htmlunit.WebRequest;
import org.htmlunit.util.NameValuePair;
import org.junit.jupiter.api.Test;

/** Every staff and admin page, and every POST to them, is refused with 403 to a role that may not use it. */
class RoleBoundariesIT {

    private static final List<String> ADMIN_PAGES = List.of("/admin/", "/admin/people", "/admin/person",
            "/admin/relationships", "/admin/rules", "/admin/audit");
    private static final List<String> COACH_PAGES = List.of("/staff/", "/staff/clients", "/staff/hours",
            "/staff/hours-confirm", "/staff/preview", "/staff/cancel");

    private static int get(Browser browser, String path) {
        return browser.open(path).getWebResponse().getStatusCode();
    }

    /** A form post as a forged or replayed request would send it: the fields, and whatever ViewState. */
    private static int post(Browser browser, String path) {
        try {
            WebRequest request = new WebRequest(Http.uri(path).toURL(), HttpMethod.POST);
            request.setRequestParameters(List.of(new NameValuePair("rules", "rules"),
                    new NameValuePair("booking_horizon", "7"), new NameValuePair("save-rules", "Save the business rules"),
                    new NameValuePair("jakarta.faces.ViewState", "-1:-1")));
            return browser.client().getPage(request).getWebResponse().getStatusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void a_client_gets_403_on_every_admin_and_coach_page_and_post() {
        try (Browser client = Browser.signedInAs("client1@example.com")) {
            for (String path : ADMIN_PAGES) {
                assertThat(get(client, path)).as(path).isEqualTo(403);
                assertThat(post(client, path)).as("POST " + path).isEqualTo(403);
            }
            for (String path : COACH_PAGES) {
                assertThat(get(client, path)).as(path).isEqualTo(403);
                assertThat(post(client, path)).as("POST " + path).isEqualTo(403);
            }
        }
    }

    @Test
    void a_coach_gets_403_on_every_admin_page_and_post() {
        try (Browser coach = Browser.signedInAs("coach.la@example.com")) {
            for (String path : ADMIN_PAGES) {
                assertThat(get(coach, path)).as(path).isEqualTo(403);
                assertThat(post(coach, path)).as("POST " + path).isEqualTo(403);
            }
            assertThat(coach.open("/admin/rules").asNormalizedText()).doesNotContain("Booking horizon");
        }
    }

    @Test
    void an_admin_who_is_not_a_coach_gets_403_on_the_coach_pages() {
        try (Browser admin = Browser.signedInAs("admin@example.com")) {
            for (String path : COACH_PAGES) {
                assertThat(get(admin, path)).as(path).isEqualTo(403);
            }
        }
    }

    @Test
    void nobody_signed_in_is_sent_to_sign_in_and_a_forged_post_changes_no_rule() {
        try (Browser anonymous = new Browser()) {
            assertThat(anonymous.open("/admin/rules").getUrl().getPath()).isEqualTo("/login");
            post(anonymous, "/admin/rules");
        }
        assertThat(app.coachcal.web.testsupport.Rows.value(Integer.class,
                "SELECT value FROM business_rule WHERE name = 'booking_horizon'")).isEqualTo(60);
    }
}
