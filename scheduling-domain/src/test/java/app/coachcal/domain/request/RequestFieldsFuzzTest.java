package app.coachcal.domain.request;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Every whitelist parser of a request field, fed whatever the fuzzer makes: each answers {@link Parsed} (valid
 * or one field error) and never throws. In the normal build only the inputs under
 * {@code src/test/resources/.../RequestFieldsFuzzTestInputs/} run; {@code docs/security.md} says how to fuzz.
 */
class RequestFieldsFuzzTest {

    private static void answersWithoutThrowing(Parsed<?> parsed, String field) {
        assertThat(parsed).isNotNull();
        parsed.fold(value -> value, error -> assertThat(error.field()).isEqualTo(field));
    }

    @FuzzTest(maxDuration = "10s")
    void start_field(String raw) {
        answersWithoutThrowing(StartField.parse(raw), StartField.FIELD);
    }

    @FuzzTest(maxDuration = "10s")
    void from_field(String raw) {
        answersWithoutThrowing(FromField.parse(raw), FromField.FIELD);
    }

    @FuzzTest(maxDuration = "10s")
    void weeks_field(String raw) {
        answersWithoutThrowing(WeeksField.parse(raw), WeeksField.FIELD);
    }

    @FuzzTest(maxDuration = "10s")
    void time_zone_field(String raw) {
        answersWithoutThrowing(TimeZoneField.parse(raw), TimeZoneField.FIELD);
    }

    @FuzzTest(maxDuration = "10s")
    void email_field(String raw) {
        answersWithoutThrowing(EmailField.parse(raw), EmailField.FIELD);
    }

    @FuzzTest(maxDuration = "10s")
    void display_name_field(String raw) {
        answersWithoutThrowing(DisplayNameField.parse(raw), DisplayNameField.FIELD);
    }

    @FuzzTest(maxDuration = "10s")
    void appointment_id_field(String raw) {
        answersWithoutThrowing(AppointmentIdField.parse(raw), AppointmentIdField.FIELD);
    }

    @FuzzTest(maxDuration = "10s")
    void idempotency_key_field(String raw) {
        answersWithoutThrowing(IdempotencyKeyField.parse(raw), IdempotencyKeyField.FIELD);
    }

    @FuzzTest(maxDuration = "10s")
    void nearest_zone_names(String raw) {
        assertThat(ZoneNames.nearest(raw)).isNotNull();
    }
}
