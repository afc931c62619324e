package app.coachcal.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import app.coachcal.web.staff.Forms;
import app.coachcal.web.testsupport.Browser;
import app.coachcal.web.testsupport.Rows;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The business rules form: bounds and meaning from the database, all or nothing, what changed, the history. */
class RulesPageIT {

    @AfterEach
    void restoreEveryRule() {
        Rows.update("UPDATE business_rule SET value = default_value WHERE value <> default_value");
    }

    private static String values() {
        return Rows.rows("SELECT name, value FROM business_rule ORDER BY name").toString();
    }

    @Test
    void every_rule_is_a_number_field_with_the_bounds_and_description_of_its_row() {
        try (Browser browser = Browser.signedInAs("admin@example.com")) {
            HtmlPage rules = browser.open("/admin/rules");

            assertThat(rules.getTitleText()).isEqualTo("Business rules – Coachcal");
            assertThat(rules.querySelectorAll("#rules input[type=number]")).hasSize(9);
            var horizon = rules.getHtmlElementById("booking_horizon");
            assertThat(horizon.getAttribute("min")).isEqualTo("1");
            assertThat(horizon.getAttribute("max")).isEqualTo("366");
            assertThat(horizon.getAttribute("value")).isEqualTo("60");
            assertThat(horizon.getAttribute("aria-describedby")).isEqualTo("booking_horizon-hint");
            assertThat(rules.getHtmlElementById("booking_horizon-hint").asNormalizedText())
                    .isEqualTo("A call must start at most this long after now. From 1 to 366 days; default 60.");
            assertThat(rules.querySelector("label[for=booking_horizon]").asNormalizedText()).isEqualTo("Booking horizon (days)");
        }
    }

    @Test
    void bad_values_get_linked_errors_and_nothing_is_saved() {
        String before = values();
        long changes = Rows.count("SELECT count(*) FROM business_rule_change");
        try (Browser browser = Browser.signedInAs("admin@example.com")) {
            HtmlPage rules = browser.open("/admin/rules");
            Forms.fill(rules, "booking_notice", "60");
            Forms.fill(rules, "call_length", "5");
            Forms.fill(rules, "buffer", "ten");
            HtmlPage refused = Forms.press(rules, "Save the business rules");

            Forms.assertFieldError(refused, "buffer", "Buffer: enter a whole number of minutes from 0 to 120.");
            assertThat(Forms.errorLinks(refused)).containsExactly("#buffer");

            Forms.fill(refused, "buffer", "0");
            HtmlPage outOfBounds = Forms.press(refused, "Save the business rules");
            Forms.assertFieldError(outOfBounds, "call_length", "Call length: enter a whole number of minutes from 15 to 240.");
            assertThat(outOfBounds.getHtmlElementById("call_length").getAttribute("value")).isEqualTo("5");
        }
        assertThat(values()).isEqualTo(before);
        assertThat(Rows.count("SELECT count(*) FROM business_rule_change")).isEqualTo(changes);
    }

    @Test
    void saving_shows_what_changed_and_the_history_says_who_when_and_old_to_new() {
        try (Browser browser = Browser.signedInAs("admin@example.com")) {
            HtmlPage rules = browser.open("/admin/rules");
            Forms.fill(rules, "booking_notice", "180");
            Forms.fill(rules, "buffer", "15");
            HtmlPage saved = Forms.press(rules, "Save the business rules");

            assertThat(saved.getUrl().getPath()).isEqualTo("/admin/rules");
            assertThat(saved.getHtmlElementById("changes").asNormalizedText())
                    .isEqualTo("Booking notice: 120 → 180 minutes\nBuffer: 0 → 15 minutes");
            assertThat(saved.getHtmlElementById("booking_notice").getAttribute("value")).isEqualTo("180");
            String history = saved.getHtmlElementById("history").asNormalizedText();
            assertThat(history).containsPattern("\\d{4}, \\d{2}:\\d{2}\tbooking_notice\t120 → 180\tAda Admin")
                    .containsPattern("buffer\t0 → 15\tAda Admin");

            HtmlPage unchanged = Forms.press(saved, "Save the business rules");
            assertThat(unchanged.getHtmlElementById("notice").asNormalizedText()).contains("nothing changed");
        }
        assertThat(Rows.value(Integer.class, "SELECT value FROM business_rule WHERE name = 'buffer'")).isEqualTo(15);
    }
}
