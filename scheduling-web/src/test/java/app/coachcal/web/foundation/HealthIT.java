package app.coachcal.web.foundation;

import static org.assertj.core.api.Assertions.assertThat;

import app.coachcal.persistence.testsupport.FreshDatabase;
import app.coachcal.web.testsupport.CoachcalServer;
import app.coachcal.web.testsupport.Http;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** {@code GET /health} tells whether Coachcal can reach its database. */
class HealthIT {

    @Test
    void health_is_up_with_the_database_check_when_the_database_answers() {
        HttpResponse<String> health = Http.get("/health");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"").contains("\"name\":\"database\"");
    }

    @Test
    void health_is_down_with_503_while_the_database_refuses_connections_and_up_again_after() {
        FreshDatabase database = CoachcalServer.shared().database();
        database.refuseConnections();
        try {
            HttpResponse<String> down = Http.get("/health");
            assertThat(down.statusCode()).isEqualTo(503);
            assertThat(down.body()).contains("\"status\":\"DOWN\"");
        } finally {
            database.allowConnections();
        }
        assertThat(eventuallyUp(Duration.ofSeconds(30))).isTrue();
    }

    private static boolean eventuallyUp(Duration patience) {
        Instant giveUp = Instant.now().plus(patience);
        while (Instant.now().isBefore(giveUp)) {
            if (Http.get("/health").statusCode() == 200) {
                return true;
            }
            sleep();
        }
        return false;
    }

    private static void sleep() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
