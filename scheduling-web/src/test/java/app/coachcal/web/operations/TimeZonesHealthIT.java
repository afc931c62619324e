package app.coachcal.web.operations;

import static org.assertj.core.api.Assertions.assertThat;

import app.coachcal.web.testsupport.Http;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.zone.ZoneRulesProvider;
import org.junit.jupiter.api.Test;

/**
 * At start-up Coachcal compares Java's and PostgreSQL's offsets for the zones of its active users (the demo
 * people's twelve zones here), logs both tz data versions, and {@code /health} reports the outcome.
 */
class TimeZonesHealthIT {

    @Test
    void health_lists_the_timezones_check_up_with_the_java_tzdata_version() {
        HttpResponse<String> health = Http.get("/health");

        assertThat(health.statusCode()).isEqualTo(200);
        String javaTzdata = ZoneRulesProvider.getVersions("UTC").lastKey();
        assertThat(health.body()).contains("\"name\":\"timezones\"").contains("\"javaTzdata\":\"" + javaTzdata + "\"");
    }

    @Test
    void the_start_up_log_names_both_versions_and_the_zones_compared() throws IOException {
        // The log of every run is appended to the same file: the last start's line.
        String log = Files.readAllLines(RequestIdIT.serverLog()).stream()
                .filter(line -> line.contains("Time-zone data: ")).reduce((first, second) -> second).orElse("");

        assertThat(log).containsPattern("Time-zone data: Java tzdata \\w+, PostgreSQL [0-9.]+.*"
                + "(with its own tzdata copy|with the system's tzdata \\w+ in \\S+|cannot be read without superuser)"
                + ".*; the \\d+ zone\\(s\\) of active users agree from ");
    }
}
