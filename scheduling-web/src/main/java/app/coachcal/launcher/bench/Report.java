package app.coachcal.launcher.bench;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The benchmark's table, its ratios to the bare INSERT, and its memory lines, as plain text. */
final class Report {

    private static final String ROW = "%-46s %4s %9s %9s %9s %8s %8s%n";

    private final PrintStream out;

    Report(PrintStream out) {
        this.out = out;
    }

    void header() {
        out.printf(Locale.ROOT, ROW, "scenario", "conc", "requests", "ok", "rate/s", "p50 ms", "p99 ms");
    }

    void row(Measurement m) {
        out.printf(Locale.ROOT, ROW, m.scenario(), m.concurrency(), m.requests(), m.ok(),
                String.format(Locale.ROOT, "%.1f", m.perSecond()), String.format(Locale.ROOT, "%.1f", m.p50()),
                String.format(Locale.ROOT, "%.1f", m.p99()));
        m.problems().forEach(problem -> out.println("    ! " + problem));
    }

    /** API bookings and trigger INSERTs per second over bare INSERTs per second, at each concurrency. */
    void ratios(List<Measurement> all, String api, List<Integer> concurrencies) {
        for (int c : concurrencies) {
            Optional<Double> bare = rate(all, DatabaseLimit.BARE, c);
            out.printf(Locale.ROOT, "ratio at %2d: API booking / bare INSERT = %s, trigger INSERT / bare INSERT = %s%n", c,
                    ratio(rate(all, api, c), bare), ratio(rate(all, DatabaseLimit.TRIGGER, c), bare));
        }
    }

    void memory(String what, Optional<Double> mebibytes) {
        out.printf(Locale.ROOT, "memory: %-62s %s%n", what,
                mebibytes.map(m -> String.format(Locale.ROOT, "%.0f MiB", m)).orElse("(not readable)"));
    }

    private static Optional<Double> rate(List<Measurement> all, String scenario, int concurrency) {
        return all.stream().filter(m -> m.scenario().equals(scenario) && m.concurrency() == concurrency
                && m.perSecond() > 0).map(Measurement::perSecond).findFirst();
    }

    private static String ratio(Optional<Double> top, Optional<Double> bottom) {
        return top.isPresent() && bottom.isPresent()
                ? String.format(Locale.ROOT, "%.3f", top.get() / bottom.get()) : "n/a";
    }
}
