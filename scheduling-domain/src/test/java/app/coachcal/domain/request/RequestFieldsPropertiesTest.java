package app.coachcal.domain.request;

import static app.coachcal.domain.testing.Pick.between;
import static app.coachcal.domain.testing.Pick.oneOf;
import static app.coachcal.domain.testing.PropertyCheck.forAll;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Every parser answers any input at all with a value or a field error, never an exception. */
class RequestFieldsPropertiesTest {

    private static final List<Function<String, Parsed<?>>> PARSERS = List.of(StartField::parse, FromField::parse,
            WeeksField::parse, AppointmentIdField::parse, IdempotencyKeyField::parse, TimeZoneField::parse,
            EmailField::parse, DisplayNameField::parse, TokenNameField::parse, TokenLifetimeField::parse,
            TokenIdField::parse);
    private static final List<String> VALID = List.of("2026-12-01T09:00:00-08:00", "2026-12-01", "12",
            "3f2504e0-4f89-41d3-9a0c-0305e82c3301", "key_1", "Europe/London", "ada@example.com", "Ada Lovelace");

    /** Any code points at all, or a valid value of some field with a few characters changed. */
    private static String anyText(Random random) {
        StringBuilder text = new StringBuilder(random.nextBoolean() ? oneOf(random, VALID) : "");
        for (int i = between(random, 0, 12); i > 0; i--) {
            int codePoint = oneOf(random, between(random, 0, 0x7F), between(random, 0, 0xFFFF), between(random, 0, 0x10FFFF));
            int at = between(random, 0, text.length());
            if (text.length() > 0 && random.nextBoolean()) {
                text.deleteCharAt(Math.min(at, text.length() - 1));
            }
            text.insert(Math.min(at, text.length()), Character.toChars(codePoint));
        }
        return text.toString();
    }

    @Test
    void any_text_gives_a_value_or_an_error_with_a_message_for_its_field() {
        forAll(3000, RequestFieldsPropertiesTest::anyText, raw -> {
            for (Function<String, Parsed<?>> parser : PARSERS) {
                String message = parser.apply(raw).fold(value -> "valid", error -> error.field() + ": " + error.message());
                assertThat(message).isNotBlank().doesNotEndWith(": ");
            }
        });
    }

    @Test
    void any_date_time_shaped_text_gives_a_value_or_an_error_for_its_own_field() {
        forAll(3000, random -> String.format("%04d-%02d-%02dT%02d:%02d:%02d%s", between(random, 0, 9999),
                between(random, 0, 99), between(random, 0, 99), between(random, 0, 99), between(random, 0, 99),
                between(random, 0, 99), oneOf(random, "Z", "+05:30", "-08:00", "+99:99")), raw -> {
            String startField = StartField.parse(raw).fold(value -> "start", FieldError::field);
            String fromField = FromField.parse(raw.substring(0, 10)).fold(value -> "from", FieldError::field);

            assertThat(startField).isEqualTo("start");
            assertThat(fromField).isEqualTo("from");
        });
    }
}
