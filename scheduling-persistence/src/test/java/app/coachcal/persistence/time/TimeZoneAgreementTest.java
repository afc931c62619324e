package app.coachcal.persistence.time;

import static org.assertj.core.api.Assertions.assertThat;

import app.coachcal.persistence.time.TimeZoneAgreement.Change;
import app.coachcal.persistence.time.TimeZoneAgreement.Disagreement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TimeZoneAgreementTest {

    private static final Instant FROM = Instant.parse("2027-03-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2027-04-30T00:00:00Z");

    /** What a database with the same tz data as this JDK says about London over the period. */
    private static final List<Change> LONDON = List.of(
            new Change(FROM, ZoneOffset.UTC),
            new Change(Instant.parse("2027-03-28T01:00:00Z"), ZoneOffset.ofHours(1)));

    @Test
    void layers_with_the_same_rules_agree() {
        assertThat(TimeZoneAgreement.disagreements(Map.of("Europe/London", LONDON), FROM, TO, TimeZoneAgreement.JAVA))
                .isEmpty();
    }

    @Test
    void a_java_that_moved_the_clocks_a_week_early_is_caught_at_the_first_hour_they_differ() {
        TimeZoneAgreement.Offsets earlySummerTime = (zone, at) -> at.isBefore(Instant.parse("2027-03-21T01:00:00Z"))
                ? ZoneOffset.UTC : ZoneOffset.ofHours(1);

        List<Disagreement> found = TimeZoneAgreement.disagreements(Map.of("Europe/London", LONDON), FROM, TO,
                earlySummerTime);

        assertThat(found).containsExactly(new Disagreement("Europe/London", Instant.parse("2027-03-21T01:00:00Z"),
                ZoneOffset.ofHours(1), ZoneOffset.UTC));
    }

    @Test
    void a_zone_the_database_moved_off_daylight_saving_is_reported_earliest_first() {
        List<Change> kolkata = List.of(new Change(FROM, ZoneOffset.ofHoursMinutes(5, 30)));
        List<Change> londonWithoutSummerTime = List.of(new Change(FROM, ZoneOffset.UTC));
        List<Change> parisAnHourOff = List.of(new Change(FROM, ZoneOffset.ofHours(2)));

        List<Disagreement> found = TimeZoneAgreement.disagreements(Map.of("Asia/Kolkata", kolkata,
                "Europe/London", londonWithoutSummerTime, "Europe/Paris", parisAnHourOff), FROM, TO, TimeZoneAgreement.JAVA);

        assertThat(found).extracting(Disagreement::zone).containsExactly("Europe/Paris", "Europe/London");
        assertThat(found.get(1).at()).isEqualTo(Instant.parse("2027-03-28T01:00:00Z"));
    }
}
