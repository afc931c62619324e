package app.coachcal.launcher.bench;

import java.util.List;
import org.HdrHistogram.Histogram;

/**
 * What one scenario at one concurrency measured: requests completed in the measured phase, how many got the
 * expected answer, the rate, and latency percentiles in milliseconds; the first few unexpected answers.
 */
record Measurement(String scenario, int concurrency, long requests, long ok, double perSecond, double p50, double p99,
                   List<String> problems) {

    static Measurement of(String scenario, int concurrency, long ok, double seconds, Histogram micros,
                          List<String> problems) {
        long requests = micros.getTotalCount();
        return new Measurement(scenario, concurrency, requests, ok, seconds > 0 ? requests / seconds : 0,
                micros.getValueAtPercentile(50) / 1000.0, micros.getValueAtPercentile(99) / 1000.0,
                List.copyOf(problems));
    }

    static Measurement skipped(String scenario, int concurrency, String why) {
        return new Measurement(scenario, concurrency, 0, 0, 0, 0, 0, List.of("skipped: " + why));
    }

    boolean failed() {
        return !skippedOnPurpose() && (ok < requests || requests == 0 || !problems.isEmpty());
    }

    boolean skippedOnPurpose() {
        return problems.size() == 1 && problems.get(0).startsWith("skipped: ");
    }
}
