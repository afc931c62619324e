package app.coachcal.domain.request;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TokenNameFieldTest {

    @Test
    void a_name_is_trimmed_and_kept() {
        assertThat(TokenNameField.parse("  laptop\u00a0")).isEqualTo(Parsed.valid("laptop"));
        assertThat(TokenNameField.parse("x".repeat(60))).isEqualTo(Parsed.valid("x".repeat(60)));
        assertThat(TokenNameField.parse("Zoë's backup – nightly")).isEqualTo(Parsed.valid("Zoë's backup – nightly"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\u00a0"})
    void a_blank_name_is_refused(String raw) {
        assertThat(TokenNameField.parse(raw).isValid()).isFalse();
        assertThat(TokenNameField.parse(null).isValid()).isFalse();
    }

    @Test
    void a_name_over_60_characters_is_refused() {
        assertThat(TokenNameField.parse("x".repeat(61))).isEqualTo(
                Parsed.invalid("name", "The token's name must be 60 characters or fewer"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"tab\there", "line\nbreak", "bidi\u202eoverride", "nul\u0000"})
    void a_name_with_hidden_characters_is_refused(String raw) {
        assertThat(TokenNameField.parse(raw)).isEqualTo(Parsed.invalid("name",
                "The token's name must not contain line breaks, tabs or other hidden characters"));
    }
}
