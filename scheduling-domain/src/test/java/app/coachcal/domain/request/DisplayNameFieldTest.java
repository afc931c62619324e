package app.coachcal.domain.request;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DisplayNameFieldTest {

    private static final String HIDDEN = "Name must not contain line breaks, tabs or other hidden characters";

    @ParameterizedTest
    @ValueSource(strings = {"Ada Lovelace", "Zoë O'Brien-Smith", "李小龍", "Jürgen 👩‍💻", "A"})
    void a_name_in_any_script_is_accepted(String raw) {
        assertThat(DisplayNameField.parse(raw)).isEqualTo(Parsed.valid(raw));
    }

    @Test
    void a_name_is_trimmed() {
        assertThat(DisplayNameField.parse("  Ada Lovelace \t")).isEqualTo(Parsed.valid("Ada Lovelace"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ada\nLovelace", "Ada\tLovelace", "Ada\u0000", "Ada\u202Eecalevol", "Ada\u2066x", "Ada\u2028x",
            "Ada\uD800x"})
    void a_name_with_control_or_hidden_characters_is_refused(String raw) {
        assertThat(DisplayNameField.parse(raw)).isEqualTo(Parsed.invalid("displayName", HIDDEN));
    }

    @Test
    void a_name_of_more_than_100_characters_is_refused_counting_characters_not_chars() {
        assertThat(DisplayNameField.parse("a".repeat(101)))
                .isEqualTo(Parsed.invalid("displayName", "Name must be 100 characters or fewer"));
        assertThat(DisplayNameField.parse("😀".repeat(100)).isValid()).isTrue();
    }

    @Test
    void an_empty_or_blank_name_is_refused() {
        assertThat(DisplayNameField.parse(" \u00A0 ")).isEqualTo(Parsed.invalid("displayName", "Enter a name"));
        assertThat(DisplayNameField.parse(null)).isEqualTo(Parsed.invalid("displayName", "Enter a name"));
    }
}
