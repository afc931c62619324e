package app.coachcal.launcher.bench;

import app.coachcal.launcher.LaunchFailure;
import java.time.Duration;
import java.util.List;

/**
 * The arguments of {@code ./coachcal bench}: how long each scenario warms up and is measured, how many coaches
 * each pool seeds, and how many past calls the slot-computation probe grows to.
 *
 * <pre>{@code ./coachcal bench --warm-up 10 --duration 30 --coaches 10 --past 100000}</pre>
 * {@code --quick} is a few seconds per scenario: it proves the benchmark works (CI), it measures nothing.
 */
record BenchArguments(Duration warmUp, Duration duration, int coaches, int pastCalls, boolean quick) {

    static final String USAGE = "./coachcal bench [--quick] [--warm-up SECONDS] [--duration SECONDS]"
            + " [--coaches N] [--past CALLS]";

    static BenchArguments parse(List<String> arguments) throws LaunchFailure {
        BenchArguments result = new BenchArguments(Duration.ofSeconds(5), Duration.ofSeconds(20), 10, 100_000, false);
        for (int i = 0; i < arguments.size(); i++) {
            String name = arguments.get(i);
            if (name.equals("--quick")) {
                result = new BenchArguments(Duration.ofSeconds(1), Duration.ofSeconds(2), 2, 10_000, true);
                continue;
            }
            if (i + 1 == arguments.size()) {
                throw new LaunchFailure("wrong arguments; use " + USAGE);
            }
            int value = number(arguments.get(++i));
            result = switch (name) {
                case "--warm-up" -> new BenchArguments(Duration.ofSeconds(value), result.duration, result.coaches,
                        result.pastCalls, result.quick);
                case "--duration" -> new BenchArguments(result.warmUp, Duration.ofSeconds(Math.max(1, value)),
                        result.coaches, result.pastCalls, result.quick);
                case "--coaches" -> new BenchArguments(result.warmUp, result.duration, Math.max(1, value),
                        result.pastCalls, result.quick);
                case "--past" -> new BenchArguments(result.warmUp, result.duration, result.coaches,
                        Math.max(1_000, value), result.quick);
                default -> throw new LaunchFailure("unknown benchmark option; use " + USAGE);
            };
        }
        return result;
    }

    private static int number(String text) throws LaunchFailure {
        if (!text.matches("[0-9]{1,7}")) {
            throw new LaunchFailure("benchmark options take whole numbers; use " + USAGE);
        }
        return Integer.parseInt(text);
    }
}
