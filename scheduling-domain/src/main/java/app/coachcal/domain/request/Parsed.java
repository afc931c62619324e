package app.coachcal.domain.request;

import java.util.Objects;
import java.util.function.Function;

/** The result of parsing one input field: {@link Valid} with the typed value, or {@link Invalid} with a {@link FieldError}. */
public sealed interface Parsed<T> permits Parsed.Valid, Parsed.Invalid {

    record Valid<T>(T value) implements Parsed<T> {
        public Valid {
            Objects.requireNonNull(value, "value");
        }
    }

    record Invalid<T>(FieldError error) implements Parsed<T> {
        public Invalid {
            Objects.requireNonNull(error, "error");
        }
    }

    static <T> Parsed<T> valid(T value) {
        return new Valid<>(value);
    }

    static <T> Parsed<T> invalid(String field, String message) {
        return new Invalid<>(new FieldError(field, message));
    }

    default boolean isValid() {
        return this instanceof Valid;
    }

    /** {@code onValid} applied to the value, or {@code onInvalid} applied to the error. */
    default <R> R fold(Function<? super T, ? extends R> onValid, Function<? super FieldError, ? extends R> onInvalid) {
        if (this instanceof Valid<T> valid) {
            return onValid.apply(valid.value());
        }
        return onInvalid.apply(((Invalid<T>) this).error());
    }

    /** The same result, with any error reported against {@code field} instead (for a form field named differently). */
    default Parsed<T> forField(String field) {
        return fold(Parsed::valid, error -> invalid(field, error.message()));
    }
}
