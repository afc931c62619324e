package app.coachcal.web.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import app.coachcal.persistence.testsupport.FreshDatabase;
import app.coachcal.web.testsupport.CoachcalServer;
import app.coachcal.web.testsupport.LauncherProcess;
import app.coachcal.web.testsupport.RawHttp;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Coachcal behind a proxy that ends TLS ({@code COACHCAL_PUBLIC_URL=https://coachcal.example}, the proxy
 * speaking http to it): the redirects Payara makes itself, before any filter, are on the public https URL
 * too, whatever the Host header says, and the session cookie is Secure.
 */
class BehindTlsProxyIT {

    private static final String PUBLIC_URL = "https://coachcal.example";

    private static FreshDatabase database;
    private static LauncherProcess coachcal;
    private static URI base;

    @BeforeAll
    static void startBehindAnHttpsAddress() {
        database = FreshDatabase.createEmpty();
        int port = CoachcalServer.freePort();
        coachcal = LauncherProcess.start(Map.of("PORT", Integer.toString(port),
                "COACHCAL_DB_URL", database.jdbcUrl(), "COACHCAL_DB_USER", database.user(),
                "COACHCAL_DB_PASSWORD", database.password(), "COACHCAL_PUBLIC_URL", PUBLIC_URL));
        assertThat(coachcal.awaitOutput("ready at", Duration.ofMinutes(5))).as(coachcal.output()).isTrue();
        base = URI.create("http://localhost:" + port + "/");
    }

    @AfterAll
    static void stop() {
        if (coachcal != null) {
            coachcal.terminate(Duration.ofMinutes(2));
        }
        database.close();
    }

    private static RawHttp.Answer get(String path) {
        return RawHttp.sendTo(base, "GET " + path + " HTTP/1.1", List.of("Host: evil.example"), "");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/calls", "/book", "/staff", "/admin"})
    void a_directory_without_its_slash_redirects_to_the_public_https_url(String path) {
        RawHttp.Answer answer = get(path);

        assertThat(answer.status()).as(answer.headerLines().toString()).isBetween(301, 302);
        assertThat(answer.header("Location")).isEqualTo(PUBLIC_URL + path + "/");
    }

    @Test
    void a_page_that_needs_sign_in_redirects_to_the_public_https_url() {
        RawHttp.Answer answer = get("/calls/");

        assertThat(answer.status()).isEqualTo(302);
        assertThat(answer.header("Location")).startsWith(PUBLIC_URL + "/login");
    }

    @Test
    void the_session_cookie_is_secure() {
        RawHttp.Answer answer = get("/login");

        assertThat(answer.headers("Set-Cookie")).isNotEmpty()
                .allSatisfy(cookie -> assertThat(cookie).containsIgnoringCase("; Secure"));
    }
}
