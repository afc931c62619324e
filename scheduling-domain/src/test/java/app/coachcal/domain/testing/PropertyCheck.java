package app.coachcal.domain.testing;

import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Runs a check against many generated values. Seeds are fixed, so a run is repeatable and a failure names
 * the seed that reproduces it; {@code -Dcoachcal.seed=N} starts from another seed to explore further.
 *
 * <pre>{@code
 * PropertyCheck.forAll(300, Scenarios::scenario, scenario -> assertThat(...));
 * }</pre>
 */
public final class PropertyCheck {

    private static final long FIRST_SEED = Long.getLong("coachcal.seed", 20_261_125L);

    private PropertyCheck() {
    }

    public static <T> void forAll(int tries, Function<Random, T> generator, Consumer<T> check) {
        for (int i = 0; i < tries; i++) {
            long seed = FIRST_SEED + i;
            T value = generator.apply(new Random(seed));
            try {
                check.accept(value);
            } catch (AssertionError | RuntimeException failure) {
                throw new AssertionError("Falsified with seed " + seed + " by " + value + "\n" + failure.getMessage(), failure);
            }
        }
    }

    /** How many of {@code tries} generated values (same seeds as {@link #forAll}) satisfy {@code test}, as a percentage. */
    public static <T> double percentage(int tries, Function<Random, T> generator, Predicate<T> test) {
        int hits = 0;
        for (int i = 0; i < tries; i++) {
            if (test.test(generator.apply(new Random(FIRST_SEED + i)))) {
                hits++;
            }
        }
        return 100.0 * hits / tries;
    }
}
