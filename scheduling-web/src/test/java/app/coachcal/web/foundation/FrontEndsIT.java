package app.coachcal.web.foundation;

import static org.assertj.core.api.Assertions.assertThat;

import app.coachcal.web.testsupport.Http;
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
    void the_staff_console_page_is_served_from_admin_web() {
        HttpResponse<String> staff = Http.get("/staff/");

        assertThat(staff.statusCode()).isEqualTo(200);
        assertThat(staff.body()).contains("<h1>Staff console</h1>").contains("<title>Staff console – Coachcal</title>");
    }

    @Test
    void an_unknown_address_gets_a_friendly_404_page_without_a_stack_trace() {
        HttpResponse<String> missing = Http.get("/no-such-page.xhtml");

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("<h1>Page not found</h1>").doesNotContain("Exception");
    }

    @Test
    void pages_carry_no_script_so_they_work_in_any_browser() {
        assertThat(Http.get("/").body()).doesNotContain("<script");
        assertThat(Http.get("/staff/").body()).doesNotContain("<script");
    }
}
