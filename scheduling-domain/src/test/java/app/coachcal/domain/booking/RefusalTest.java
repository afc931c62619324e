package app.coachcal.domain.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RefusalTest {

    /** The table "Refusal reasons" of docs/booking-model.md, copied by hand: slug and HTTP status. */
    private static final List<String> DOC_TABLE = List.of(
            "in-the-past 422",
            "too-soon 422",
            "too-far-ahead 422",
            "outside-office-hours 422",
            "off-granularity 422",
            "wrong-length 422",
            "monthly-limit-reached 422",
            "change-too-late 422",
            "history-too-far-back 422",
            "slot-taken 409",
            "no-current-coach 403");

    @Test
    void the_refusals_are_the_slugs_and_statuses_of_the_doc() {
        List<String> refusals = Arrays.stream(Refusal.values()).map(r -> r.slug() + " " + r.httpStatus()).toList();

        assertThat(refusals).containsExactlyElementsOf(DOC_TABLE);
    }

    @Test
    void every_slug_is_unique() {
        assertThat(Arrays.stream(Refusal.values()).map(Refusal::slug)).doesNotHaveDuplicates();
    }

    @Test
    void every_refusal_has_a_sentence_for_the_client() {
        for (Refusal refusal : Refusal.values()) {
            assertThat(refusal.message()).as(refusal.slug()).isNotBlank().endsWith(".")
                    .doesNotContain("_").doesNotContain(refusal.slug());
        }
        assertThat(Refusal.OUTSIDE_OFFICE_HOURS.message()).isEqualTo("That time is outside your coach's office hours.");
    }

    @Test
    void the_problem_type_is_the_slug_under_the_problems_address() {
        assertThat(Refusal.SLOT_TAKEN.problemType()).isEqualTo(URI.create("https://coachcal.app/problems/slot-taken"));
    }

    @Test
    void a_refusal_is_found_by_its_slug() {
        assertThat(Refusal.fromSlug("too-far-ahead")).contains(Refusal.TOO_FAR_AHEAD);
        assertThat(Refusal.fromSlug("TOO_FAR_AHEAD")).isEmpty();
    }
}
