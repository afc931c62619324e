package app.coachcal.domain.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/** Small pickers of random values for property checks, all uniform unless they say otherwise. */
public final class Pick {

    private Pick() {
    }

    /** A whole number from {@code min} to {@code max}, both included. */
    public static int between(Random random, int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    public static long between(Random random, long min, long max) {
        return min + (long) (random.nextDouble() * (max - min + 1));
    }

    /** Three times in four from {@code usualMin} to {@code usualMax}, otherwise from {@code min} to {@code max}. */
    public static int mostly(Random random, int usualMin, int usualMax, int min, int max) {
        return random.nextInt(4) < 3 ? between(random, usualMin, usualMax) : between(random, min, max);
    }

    @SafeVarargs
    public static <T> T oneOf(Random random, T... values) {
        return values[random.nextInt(values.length)];
    }

    public static <T> T oneOf(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** From {@code min} to {@code max} values, each picked by {@code pick}. */
    public static <T> List<T> listOf(Random random, int min, int max, Function<Random, T> pick) {
        int size = between(random, min, max);
        List<T> values = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            values.add(pick.apply(random));
        }
        return values;
    }
}
