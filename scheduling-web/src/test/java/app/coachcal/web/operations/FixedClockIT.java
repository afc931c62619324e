package app.coachcal.web.operations;

import static org.assertj.core.api.Assertions.assertThat;

import app.coachcal.launcher.CoachcalInstance;
import app.coachcal.launcher.LaunchFailure;
import app.coachcal.launcher.ServerOptions;
import app.coachcal.persistence.testsupport.FreshDatabase;
import app.coachcal.web.testsupport.Api;
import app.coachcal.web.testsupport.CoachcalServer;
import app.coachcal.web.testsupport.Json;
import app.coachcal.web.testsupport.LauncherProcess;
import app.coachcal.web.testsupport.PersonalTokens;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code COACHCAL_FIXED_NOW} starts a demo server whose "now" is a chosen instant, so that a rule that depends
 * on the moment someone acts is tested through HTTP on any date: here the two hours' booking notice on
 * Wednesday 10 March 2027, 11:30 in Los Angeles, for the demo client1 of coach Lara Lopez (office hours
 * 09:00–12:00 and 13:00–17:00 there).
 */
class FixedClockIT {

    private static final String NOW = "2027-03-10T19:30:00Z";
    private static final String CLIENT = "client1@example.com";

    private static FreshDatabase database;
    private static CoachcalInstance coachcal;

    @BeforeAll
    static void startADemoServerAtAFixedInstant() throws LaunchFailure {
        database = FreshDatabase.createEmpty();
        ServerOptions options = new ServerOptions(ServerOptions.defaults().javaOptions(), Optional.of(NOW));
        coachcal = CoachcalInstance.start(CoachcalServer.settingsFor(database, CoachcalServer.freePort(), Optional.of(true)),
                options, CoachcalServer.artifacts(), CoachcalServer.log("payara-fixed-clock-it.log"));
    }

    @AfterAll
    static void stop() {
        if (coachcal != null) {
            coachcal.close();
        }
        database.close();
    }

    @Test
    void the_first_free_slot_is_the_first_one_after_the_notice_from_the_fixed_now() {
        Json availability = Json.parse(send("GET", "/api/v1/availability?from=2027-03-10", null).body());

        // 11:30 plus two hours is 13:30: the 13:00 slot is too soon, 13:30 is the first offered.
        assertThat(availability.items("slots").get(0).text("start")).isEqualTo("2027-03-10T21:30:00Z");
    }

    @Test
    void booking_inside_the_notice_is_refused_and_just_after_it_accepted() {
        HttpResponse<String> tooSoon = send("POST", Api.APPOINTMENTS, Api.startBody("2027-03-10T13:00:00-08:00"));
        HttpResponse<String> inTime = send("POST", Api.APPOINTMENTS, Api.startBody("2027-03-10T16:00:00-08:00"));

        assertThat(tooSoon.statusCode()).isEqualTo(422);
        assertThat(Json.parse(tooSoon.body()).text("type")).endsWith("/too-soon");
        assertThat(inTime.statusCode()).as(inTime.body()).isEqualTo(201);
        // "From today" is the fixed day too.
        assertThat(send("GET", Api.APPOINTMENTS, null).body()).contains("2027-03-11T00:00:00Z");
    }

    @Test
    void the_launcher_refuses_a_fixed_clock_outside_demo_mode_in_one_line() {
        try (LauncherProcess launcher = LauncherProcess.start(Map.of(
                "PORT", Integer.toString(CoachcalServer.freePort()),
                "COACHCAL_DB_URL", "jdbc:postgresql://127.0.0.1:1/unused",
                "COACHCAL_FIXED_NOW", NOW))) {

            assertThat(launcher.exitCode(Duration.ofSeconds(60))).isEqualTo(2);
            assertThat(launcher.output().strip()).isEqualTo("coachcal: COACHCAL_FIXED_NOW is for demos and tests only:"
                    + " set COACHCAL_DEMO=true too, or unset COACHCAL_FIXED_NOW");
        }
    }

    private static HttpResponse<String> send(String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(coachcal.baseUri() + path.substring(1)))
                .header("Authorization", "Bearer " + PersonalTokens.fresh(coachcal.baseUri(), CLIENT))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        try {
            return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
