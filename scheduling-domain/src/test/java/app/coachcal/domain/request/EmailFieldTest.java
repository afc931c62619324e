package app.coachcal.domain.request;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailFieldTest {

    private static final String FORMAT = "Enter an email address in the correct format, like name@example.com";

    @Test
    void an_email_address_is_trimmed_and_lower_cased() {
        assertThat(EmailField.parse("  Ada.Lovelace+coach@Example.CO.uk ")).isEqualTo(Parsed.valid("ada.lovelace+coach@example.co.uk"));
        assertThat(EmailField.parse("o'brien@example.ie")).isEqualTo(Parsed.valid("o'brien@example.ie"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ada", "ada@example", "ada@@example.com", "ada@example..com", ".ada@example.com",
            "ada.@example.com", "a..b@example.com", "ada@-example.com", "ada@example.c", "ada lovelace@example.com",
            "\"ada\"@example.com", "ada@[127.0.0.1]", "adä@example.com", "ada@exämple.com", "ada@example.com\nbcc:x@y.z"})
    void an_address_outside_the_plain_shape_is_refused(String raw) {
        assertThat(EmailField.parse(raw)).isEqualTo(Parsed.invalid("email", FORMAT));
    }

    @Test
    void an_address_longer_than_254_characters_or_with_a_long_local_part_is_refused() {
        String longDomain = "a".repeat(60) + "." + "b".repeat(60) + "." + "c".repeat(60) + "." + "d".repeat(60) + "." + "e".repeat(60) + ".com";

        assertThat(EmailField.parse("ada@" + longDomain))
                .isEqualTo(Parsed.invalid("email", "Email address must be 254 characters or fewer"));
        String exactly254 = "ada@" + "a".repeat(60) + "." + "b".repeat(60) + "." + "c".repeat(60) + "." + "d".repeat(60) + ".abcdef";
        assertThat(EmailField.parse(exactly254)).isEqualTo(Parsed.valid(exactly254));
        assertThat(EmailField.parse("a".repeat(65) + "@example.com")).isEqualTo(Parsed.invalid("email", FORMAT));
        assertThat(EmailField.parse("a".repeat(64) + "@example.com").isValid()).isTrue();
    }

    @Test
    void a_missing_address_is_refused() {
        assertThat(EmailField.parse("   ")).isEqualTo(Parsed.invalid("email", "Enter an email address"));
        assertThat(EmailField.parse(null)).isEqualTo(Parsed.invalid("email", "Enter an email address"));
    }
}
