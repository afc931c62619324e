package app.coachcal.domain.request;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ZoneNamesTest {

    @Test
    void every_listed_name_is_accepted_and_legacy_names_and_offsets_are_not_listed() {
        assertThat(ZoneNames.all()).contains("Europe/London", "America/New_York", "Asia/Kolkata", "UTC")
                .doesNotContain("US/Pacific", "EST", "Etc/GMT-3", "GMT")
                .allMatch(name -> TimeZoneField.parse(name).isValid());
        assertThat(ZoneNames.all()).isSorted();
    }

    @Test
    void a_city_or_a_name_in_other_case_suggests_the_zone() {
        assertThat(ZoneNames.nearest("london")).containsExactly("Europe/London");
        assertThat(ZoneNames.nearest("new york")).containsExactly("America/New_York");
        assertThat(ZoneNames.nearest("europe/paris")).containsExactly("Europe/Paris");
    }

    @Test
    void a_typo_suggests_the_nearest_names_first() {
        assertThat(ZoneNames.nearest("Londn")).first().isEqualTo("Europe/London");
        assertThat(ZoneNames.nearest("Europe/Berln")).first().isEqualTo("Europe/Berlin");
        assertThat(ZoneNames.nearest("Asia/Kolkatta")).first().isEqualTo("Asia/Kolkata");
    }

    @Test
    void part_of_a_name_suggests_at_most_three_names_that_contain_it() {
        assertThat(ZoneNames.nearest("Argentina")).hasSize(3).allMatch(name -> name.contains("Argentina"));
    }

    @Test
    void nothing_near_suggests_nothing() {
        assertThat(ZoneNames.nearest("")).isEmpty();
        assertThat(ZoneNames.nearest("+03:00")).isEmpty();
        assertThat(ZoneNames.nearest("x".repeat(100))).isEmpty();
    }

    @Test
    void the_distance_counts_single_letter_edits() {
        assertThat(ZoneNames.distance("london", "londn")).isEqualTo(1);
        assertThat(ZoneNames.distance("kolkata", "kolkatta")).isEqualTo(1);
        assertThat(ZoneNames.distance("", "abc")).isEqualTo(3);
        assertThat(ZoneNames.distance("abc", "abc")).isZero();
    }
}
