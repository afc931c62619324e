package app.coachcal.launcher;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How Payara Micro itself runs: its JVM options ({@code COACHCAL_JAVA_OPTS}) and, for demos and tests only,
 * the clock the application reads ({@code COACHCAL_FIXED_NOW}: an instant such as
 * {@code 2027-03-10T19:30:00Z} that stands still, or a duration such as {@code P90D} by which a running clock
 * is ahead).
 *
 * @param javaOptions the JVM options of Payara Micro
 * @param fixedNow    the {@code COACHCAL_FIXED_NOW} value, checked, to pass on to the application
 */
public record ServerOptions(List<String> javaOptions, Optional<String> fixedNow) {

    /** Today's quick start: small heap, serial GC, only the first JIT tier (fast start, lower peak speed). */
    static final List<String> DEFAULT_JAVA_OPTIONS = List.of("-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

    public static ServerOptions defaults() {
        return new ServerOptions(DEFAULT_JAVA_OPTIONS, Optional.empty());
    }

    /** Reads both settings; a fixed clock is refused unless demo mode ({@code COACHCAL_DEMO=true}) is on. */
    public static ServerOptions from(Map<String, String> env, LaunchSettings settings) throws LaunchFailure {
        return new ServerOptions(javaOptions(env.getOrDefault("COACHCAL_JAVA_OPTS", "")),
                fixedNow(env.getOrDefault("COACHCAL_FIXED_NOW", "").strip(), settings.demo().orElse(false)));
    }

    private static List<String> javaOptions(String text) throws LaunchFailure {
        if (text.isBlank()) {
            return DEFAULT_JAVA_OPTIONS;
        }
        List<String> options = Arrays.asList(text.strip().split("\\s+"));
        for (String option : options) {
            if (!option.startsWith("-") || option.equals("-jar")) {
                throw new LaunchFailure("COACHCAL_JAVA_OPTS takes JVM options such as -Xmx1g, not \""
                        + LaunchSettings.printable(option) + "\"");
            }
        }
        return List.copyOf(options);
    }

    private static Optional<String> fixedNow(String text, boolean demo) throws LaunchFailure {
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (!demo) {
            throw new LaunchFailure("COACHCAL_FIXED_NOW is for demos and tests only: set COACHCAL_DEMO=true too,"
                    + " or unset COACHCAL_FIXED_NOW");
        }
        try {
            if (text.startsWith("P") || text.startsWith("-P")) {
                Duration.parse(text);
            } else {
                OffsetDateTime.parse(text);
            }
            return Optional.of(text);
        } catch (DateTimeException e) {
            throw new LaunchFailure("COACHCAL_FIXED_NOW must be an instant such as 2027-03-10T19:30:00Z"
                    + " or a duration such as P90D, not \"" + LaunchSettings.printable(text) + "\"");
        }
    }
}
