package app.coachcal.web.foundation;

import static org.assertj.core.api.Assertions.assertThat;

import app.coachcal.web.testsupport.Browser;
import app.coachcal.web.testsupport.Http;
import org.htmlunit.html.HtmlPage;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Both front ends are in the one WAR, and their pages are plain, well-formed HTML. */
class FrontEndsIT {

    @Test
    void the_home_page_is_served_by_faces_from_scheduling_web() {
        HttpResponse<String> home = Http.get("/");

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(home.body())
                .contains("<html lang=\"en\"")
                .contains("<title>Welcome – Coachcal</title>")
                .contains("<h1>Book your coaching call</h1>")
                .contains("<a class=\"skip-link\" href=\"#main\">")
                .contains("<main id=\"main\"");
    }

    @Test
    void the_staff_console_page_is_served_from_admin_web_to_a_signed_in_coach() {
        try (Browser coach = Browser.signedInAs("coach.london@example.com")) {
            HtmlPage staff = coach.open("/staff/");

            assertThat(staff.getWebResponse().getStatusCode()).isEqualTo(200);
            assertThat(staff.getTitleText()).startsWith("My week, week of ").endsWith(" – Coachcal");
            assertThat(staff.querySelector("h1").asNormalizedText()).isEqualTo("My week");
        }
    }

    @Test
    void an_unknown_address_gets_a_friendly_404_page_without_a_stack_trace() {
        HttpResponse<String> missing = Http.get("/no-such-page.xhtml");

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("<h1>Page not found</h1>").doesNotContain("Exception");
    }

    @Test
    void every_answer_carries_the_security_headers_and_no_cache() {
        for (String path : new String[] {"/", "/login", "/api/v1/appointments"}) {
            HttpResponse<String> answer = Http.get(path);
            assertThat(answer.headers().firstValue("Content-Security-Policy")).as(path)
                    .hasValueSatisfying(csp -> assertThat(csp).contains("script-src 'self'").contains("frame-ancestors 'none'"));
            assertThat(answer.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(answer.headers().firstValue("Cache-Control")).as(path)
                    .hasValueSatisfying(cache -> assertThat(cache).contains("no-cache"));
            // Lynx 2.9 keeps its old copy for the combined Cache-Control alone (issue 12): these make it ask again.
            assertThat(answer.headers().firstValue("Pragma")).as(path).hasValue("no-cache");
            assertThat(answer.headers().firstValue("Expires")).as(path).hasValue("0");
            assertThat(answer.headers().firstValue("Server")).as(path).isEmpty();
        }
    }

    @Test
    void pages_carry_no_script_so_they_work_in_any_browser() {
        assertThat(Http.get("/").body()).doesNotContain("<script");
        assertThat(Http.get("/login").body()).doesNotContain("<script");
    }
}
