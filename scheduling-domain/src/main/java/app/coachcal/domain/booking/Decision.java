package app.coachcal.domain.booking;

import java.util.Objects;
import java.util.function.Function;

/**
 * The outcome of checking a request against the booking rules: {@link Accepted} with the value to go
 * ahead with, or {@link Refused} with the reason. A refusal is an expected answer, not an exception.
 */
public sealed interface Decision<T> permits Decision.Accepted, Decision.Refused {

    record Accepted<T>(T value) implements Decision<T> {
        public Accepted {
            Objects.requireNonNull(value, "value");
        }
    }

    record Refused<T>(Refusal refusal) implements Decision<T> {
        public Refused {
            Objects.requireNonNull(refusal, "refusal");
        }
    }

    static <T> Decision<T> accepted(T value) {
        return new Accepted<>(value);
    }

    static <T> Decision<T> refused(Refusal refusal) {
        return new Refused<>(refusal);
    }

    default boolean isAccepted() {
        return this instanceof Accepted;
    }

    /** {@code onAccepted} applied to the value, or {@code onRefused} applied to the refusal. */
    default <R> R fold(Function<? super T, ? extends R> onAccepted, Function<? super Refusal, ? extends R> onRefused) {
        if (this instanceof Accepted<T> accepted) {
            return onAccepted.apply(accepted.value());
        }
        return onRefused.apply(((Refused<T>) this).refusal());
    }
}
