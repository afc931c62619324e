package app.coachcal.web.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import app.coachcal.web.testsupport.Api;
import app.coachcal.web.testsupport.CoachcalServer;
import app.coachcal.web.testsupport.Dates;
import app.coachcal.web.testsupport.People;
import app.coachcal.web.testsupport.PersonalTokens;
import app.coachcal.web.testsupport.RawHttp;
import app.coachcal.web.testsupport.ServerLog;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Whatever the method, path or headers, the answer is Coachcal's own: its security headers, its error page or
 * problem, a meaningful status, and URLs built from the public URL (never from the request's Host header).
 */
class EveryAnswerIT {

    private static String publicUrl() {
        String base = CoachcalServer.shared().baseUri().toString();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    private static void assertCoachcalsOwn(RawHttp.Answer answer) {
        assertThat(answer.header("Content-Security-Policy")).as(answer.headerLines().toString()).isNotNull();
        assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(answer.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(answer.body()).doesNotContainIgnoringCase("payara").doesNotContainIgnoringCase("glassfish")
                .doesNotContainIgnoringCase("grizzly").doesNotContain("Exception");
        assertThat(answer.headerLines()).noneMatch(line -> line.toLowerCase().startsWith("server:")
                || line.toLowerCase().startsWith("x-powered-by:"));
    }

    @Test
    void a_page_that_needs_sign_in_redirects_to_the_public_url_whatever_the_host_header() {
        RawHttp.Answer answer = RawHttp.send("GET /calls/ HTTP/1.1", "Host: evil.example");

        assertThat(answer.status()).isEqualTo(302);
        assertThat(answer.header("Location")).startsWith(publicUrl() + "/login");
    }

    @Test
    void a_path_without_its_slash_redirects_to_the_public_url_whatever_the_host_header() {
        RawHttp.Answer answer = RawHttp.send("GET /calls HTTP/1.1", "Host: evil.example");

        assertThat(answer.status()).isBetween(301, 302);
        assertThat(answer.header("Location")).startsWith(publicUrl() + "/calls/");
    }

    @Test
    void a_booking_answers_with_a_location_on_the_public_url_whatever_the_host_header() {
        People.Coach coach = People.coach("UTC").weekdays("09:00", "17:00").create();
        People.Client client = coach.newClient("UTC");
        LocalDate monday = Dates.mondayAhead(coach.zone(), 2);
        String body = Api.startBody(Dates.start(monday, "10:00", coach.zone()));

        RawHttp.Answer answer = RawHttp.send("POST /api/v1/appointments HTTP/1.1", List.of("Host: evil.example",
                "Authorization: Bearer " + PersonalTokens.of(client.email()),
                "Content-Type: application/json"), body);

        assertThat(answer.status()).isEqualTo(201);
        assertThat(answer.header("Location")).startsWith(publicUrl() + "/api/v1/appointments/");
    }

    @Test
    void the_session_cookie_says_samesite_once_and_is_http_only() {
        RawHttp.Answer answer = RawHttp.send("GET /login HTTP/1.1", "Host: localhost");

        List<String> cookies = answer.headers("Set-Cookie");
        assertThat(cookies).isNotEmpty();
        for (String cookie : cookies) {
            assertThat(cookie.split("(?i)samesite", -1)).as(cookie).hasSize(2);
            assertThat(cookie).containsIgnoringCase("SameSite=Lax").containsIgnoringCase("HttpOnly");
            assertThat(cookie).as("http://localhost is not https").doesNotContainIgnoringCase("Secure");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"PROPFIND / HTTP/1.1", "MKCOL /x HTTP/1.1", "TRACE / HTTP/1.1",
        "BREW /login HTTP/1.1", "PROPFIND /api/v1/appointments HTTP/1.1", "TRACE /api/v1/appointments HTTP/1.1"})
    void an_unknown_method_is_405_with_coachcals_own_answer(String requestLine) {
        RawHttp.Answer answer = RawHttp.send(requestLine, "Host: localhost");

        assertThat(answer.status()).isEqualTo(405);
        assertCoachcalsOwn(answer);
        if (requestLine.contains("/api/")) {
            assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        } else {
            assertThat(answer.body()).contains("– Coachcal</title>");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET /calls/%2e%2e/x HTTP/1.1", "GET /nothing-here HTTP/1.1",
        "GET /api/v1/nothing-here HTTP/1.1", "GET /resources/coachcal/ HTTP/1.1", "GET /WEB-INF/web.xml HTTP/1.1",
        "GET /META-INF/MANIFEST.MF HTTP/1.1"})
    void a_path_that_leads_nowhere_is_a_4xx_with_coachcals_own_answer(String requestLine) {
        RawHttp.Answer answer = RawHttp.send(requestLine, "Host: localhost");

        assertThat(answer.status()).as(answer.headerLines().toString()).isBetween(400, 404);
        assertCoachcalsOwn(answer);
        assertThat(answer.body()).isNotBlank();
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET /%zz HTTP/1.1", "GET /calls/%zz/x HTTP/1.1", "GET /book/?from=%zz HTTP/1.1",
        "GET /%00 HTTP/1.1", "GET /login?x=%00 HTTP/1.1", "GET /..;/ HTTP/1.1", "GET /calls/..;/admin/ HTTP/1.1",
        "GET /%c0%af HTTP/1.1", "GET /%ff HTTP/1.1", "GET /calls%2f..%2fx HTTP/1.1", "POST /%zz HTTP/1.1",
        "GET /api/v1/%zz HTTP/1.1", "GET /api/v1/availability?from=%e0 HTTP/1.1"})
    void a_malformed_target_is_400_with_coachcals_own_answer_and_no_stack_trace(String requestLine) {
        long logBefore = ServerLog.size();

        RawHttp.Answer answer = RawHttp.send(requestLine, "Host: localhost");

        assertThat(answer.status()).as(answer.headerLines().toString()).isEqualTo(400);
        assertCoachcalsOwn(answer);
        if (requestLine.contains("/api/")) {
            assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
            assertThat(answer.body()).contains("/problems/malformed-request");
        } else {
            assertThat(answer.body()).contains("<title>Check the address – Coachcal</title>");
        }
        List<String> logged = ServerLog.linesSince(logBefore);
        assertThat(logged).noneMatch(line -> line.contains("Exception") || line.startsWith("\tat "));
        assertThat(logged.size()).as("at most one short line: %s", logged).isLessThanOrEqualTo(2);
    }

    @Test
    void an_overlong_target_is_400_with_coachcals_own_page() {
        RawHttp.Answer answer = RawHttp.send("GET /" + "a".repeat(3000) + " HTTP/1.1", "Host: localhost");

        assertThat(answer.status()).isEqualTo(400);
        assertCoachcalsOwn(answer);
        assertThat(answer.body()).contains("<title>Check the address – Coachcal</title>");
    }
}
