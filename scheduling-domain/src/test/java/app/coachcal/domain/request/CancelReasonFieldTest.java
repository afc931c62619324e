package app.coachcal.domain.request;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The same strings go to the database's CHECK in {@code CancelReasonAgreementIT}. */
class CancelReasonFieldTest {

    @Test
    void line_breaks_and_tabs_inside_a_reason_are_kept_as_the_database_allows() {
        assertThat(CancelReasonField.parse("Ill:\tsorry\r\nsee you next week", "Ann"))
                .isEqualTo(Parsed.valid("Ill:\tsorry\r\nsee you next week"));
        assertThat(CancelReasonField.isSane("a\tb\nc\rd")).isTrue();
    }

    @Test
    void other_control_characters_are_refused() {
        for (String control : new String[] {"\u0000", "\u0001", "\u0008", "\u000b", "\u000c", "\u001f", "\u007f", "\u0085", "\u009f"}) {
            assertThat(CancelReasonField.isSane("Ill" + control + "sorry")).as("U+%04X", (int) control.charAt(0)).isFalse();
            assertThat(CancelReasonField.parse("Ill" + control + "sorry", "Ann")).isEqualTo(Parsed.invalid("reason",
                    "The reason may have line breaks and tabs, but no other control characters."));
        }
        assertThat(CancelReasonField.isSane("no\u00a0break space")).isTrue();
    }

    @Test
    void five_hundred_characters_are_allowed_counted_as_the_database_counts_them() {
        assertThat(CancelReasonField.isSane("x".repeat(500))).isTrue();
        assertThat(CancelReasonField.isSane("x".repeat(501))).isFalse();
        assertThat(CancelReasonField.isSane("\uD83D\uDE00".repeat(500))).isTrue();
        assertThat(CancelReasonField.parse("\uD83D\uDE00".repeat(501), "Ann"))
                .isEqualTo(Parsed.invalid("reason", "The reason must be 500 characters or fewer."));
    }

    @Test
    void a_missing_or_blank_reason_is_refused_naming_who_would_read_it_and_the_rest_is_trimmed() {
        assertThat(CancelReasonField.parse(" \t\n", "the clients"))
                .isEqualTo(Parsed.invalid("reason", "Enter a reason for cancelling; the clients will see it."));
        assertThat(CancelReasonField.parse(null, "Ann"))
                .isEqualTo(Parsed.invalid("reason", "Enter a reason for cancelling; Ann will see it."));
        assertThat(CancelReasonField.parse("  Ill, sorry \n", "Ann")).isEqualTo(Parsed.valid("Ill, sorry"));
    }
}
