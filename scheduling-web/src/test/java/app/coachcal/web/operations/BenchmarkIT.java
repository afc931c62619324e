package app.coachcal.web.operations;

import static org.assertj.core.api.Assertions.assertThat;

import app.coachcal.web.testsupport.CoachcalServer;
import app.coachcal.web.testsupport.LauncherProcess;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code ./coachcal bench --quick} runs once, as CI may run it: on its own embedded database, every scenario gets
 * its line and the run ends with exit code 0 (every booking answered 201). Proves the benchmark works; its figures
 * are not judged here.
 */
class BenchmarkIT {

    @Test
    void a_quick_benchmark_prints_every_scenario_and_exits_zero() {
        Map<String, String> environment = Map.of("PORT", Integer.toString(CoachcalServer.freePort()));
        try (LauncherProcess bench = LauncherProcess.run(environment, List.of("-Xmx64m"), List.of("bench", "--quick"))) {
            assertThat(bench.exitCode(Duration.ofMinutes(6))).as(bench.output()).isZero();
            String output = bench.output();
            for (String scenario : List.of("bare INSERT (exclusion constraints only)", "INSERT through the trigger",
                    "API booking (POST /api/v1/appointments)")) {
                for (int concurrency : List.of(1, 4, 16)) {
                    assertThat(output).as(output).containsPattern(scenarioLine(scenario, concurrency));
                }
            }
            assertThat(output).containsPattern(scenarioLine("week view, API (GET /api/v1/availability)", 16))
                    .containsPattern(scenarioLine("week view, page (GET /book/?from=)", 16))
                    .containsPattern(scenarioLine("free slots of 1 client, 1000 past calls", 1))
                    .containsPattern(scenarioLine("free slots of 1 client, 10000 past calls", 1))
                    .contains("ratio at 16: API booking / bare INSERT = ")
                    .contains("memory: Payara Micro (RSS").contains("bench: authentication ")
                    .doesNotContain("    ! ");
        }
    }

    /** The scenario, its concurrency, then requests, ok, rate, p50 and p99 as numbers. */
    private static String scenarioLine(String scenario, int concurrency) {
        return "(?m)^" + java.util.regex.Pattern.quote(scenario) + " +" + concurrency
                + " +\\d+ +\\d+ +[0-9.]+ +[0-9.]+ +[0-9.]+$";
    }
}
