package app.coachcal.domain.request;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdempotencyKeyFieldTest {

    @ParameterizedTest
    @ValueSource(strings = {"a", "book-2026-12-01_0900", "0123456789012345678901234567890123456789012345678901234567890123"})
    void a_key_of_1_to_64_letters_digits_underscores_and_hyphens_is_accepted(String raw) {
        assertThat(IdempotencyKeyField.parse(raw)).isEqualTo(Parsed.valid(raw));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "01234567890123456789012345678901234567890123456789012345678901234", "a b", "a/b", "ключ",
            "key\n"})
    void any_other_key_is_refused(String raw) {
        assertThat(IdempotencyKeyField.parse(raw).fold(key -> "valid", FieldError::field)).isEqualTo("Idempotency-Key");
    }
}
