package app.coachcal.domain.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TimeZoneFieldTest {

    @ParameterizedTest
    @ValueSource(strings = {"Europe/London", "America/Los_Angeles", "Asia/Kolkata", "America/Argentina/Buenos_Aires",
            "America/Port-au-Prince", "UTC"})
    void an_iana_area_and_location_or_utc_is_that_zone(String raw) {
        assertThat(TimeZoneField.parse(raw)).isEqualTo(Parsed.valid(ZoneId.of(raw)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"EST", "PST", "+03:00", "GMT+3", "UTC+3", "Etc/GMT-3", "Etc/UTC", "SystemV/PST8PDT", "US/Pacific",
            "europe/london", "Europe/Atlantis", "Europe/London ", "Z", "utc", ""})
    void abbreviations_offsets_legacy_and_unknown_names_are_refused(String raw) {
        assertThat(TimeZoneField.parse(raw).fold(zone -> "valid", FieldError::field)).isEqualTo("timeZone");
    }
}
