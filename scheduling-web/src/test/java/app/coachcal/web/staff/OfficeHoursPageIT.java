package app.coachcal.web.staff;

import static org.assertj.core.api.Assertions.assertThat;

import app.coachcal.web.testsupport.Browser;
import app.coachcal.web.testsupport.Dates;
import app.coachcal.web.testsupport.People;
import app.coachcal.web.testsupport.Rows;
import java.time.LocalDate;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;

/**
 * The office-hours editor: weekly windows, time off and extra hours, each validation error linked from the
 * summary, and a change that would strand booked calls is never saved silently.
 */
class OfficeHoursPageIT {

    private final People.Coach coach = People.coach("Europe/London").weekdays("09:00", "12:00").create();
    private final LocalDate monday = Dates.mondayAhead(coach.zone(), 2);

    private long rows(String table) {
        return Rows.count("SELECT count(*) FROM " + table + " WHERE coach_id = ?", coach.id());
    }

    private HtmlPage hours(Browser browser) {
        return browser.open("/staff/hours");
    }

    @Test
    void a_weekly_window_is_added_and_removed_and_several_may_share_a_day() {
        try (Browser browser = Browser.signedInAs(coach.email())) {
            HtmlPage page = hours(browser);
            assertThat(page.getTitleText()).isEqualTo("Office hours – Coachcal");
            assertThat(page.getHtmlElementById("windows").asNormalizedText()).contains("Monday 09:00–12:00");

            Forms.choose(page, "window-day", "1");
            Forms.fill(page, "window-start", "13:30");
            Forms.fill(page, "window-end", "24:00");
            HtmlPage added = Forms.press(page, "Add weekly hours");

            assertThat(added.getUrl().toString()).endsWith("/staff/hours?done=window-added");
            assertThat(added.getHtmlElementById("notice").asNormalizedText()).isEqualTo("Weekly hours added.");
            assertThat(added.getHtmlElementById("windows").asNormalizedText())
                    .contains("Monday 09:00–12:00").contains("Monday 13:30–24:00");
            assertThat(rows("office_hours")).isEqualTo(6);

            HtmlPage removed = Forms.press(added, "Remove Monday 13:30–24:00");
            assertThat(removed.getHtmlElementById("notice").asNormalizedText()).isEqualTo("Weekly hours removed.");
            assertThat(removed.getHtmlElementById("windows").asNormalizedText()).doesNotContain("13:30");
            assertThat(rows("office_hours")).isEqualTo(5);
        }
    }

    @Test
    void each_bad_window_gets_its_own_linked_error_and_nothing_is_saved() {
        try (Browser browser = Browser.signedInAs(coach.email())) {
            String[][] cases = {
                {"12:00", "10:00", "window-end", "The end time must be after the start time."},
                {"09:10", "12:00", "window-start", "The start time must be on the 30-minute grid"},
                {"13:00", "14:10", "window-end", "The end time must be on the 30-minute grid."},
                {"11:00", "13:00", "window-start", "These hours overlap other office hours on that weekday."},
                {"9 am", "12:00", "window-start", "Enter the start time as HH:MM"},
                {"13:00", "25:00", "window-end", "Enter the end time as HH:MM"},
            };
            for (String[] bad : cases) {
                HtmlPage page = hours(browser);
                Forms.choose(page, "window-day", "1");
                Forms.fill(page, "window-start", bad[0]);
                Forms.fill(page, "window-end", bad[1]);
                HtmlPage refused = Forms.press(page, "Add weekly hours");

                Forms.assertFieldError(refused, bad[2], bad[3]);
                assertThat(refused.getHtmlElementById(bad[2]).getAttribute("value")).as(bad[2]).isEqualTo(bad[2].endsWith("start") ? bad[0] : bad[1]);
            }
            assertThat(rows("office_hours")).isEqualTo(5);
        }
    }

    @Test
    void time_off_and_extra_hours_are_added_checked_and_removed() {
        try (Browser browser = Browser.signedInAs(coach.email())) {
            HtmlPage page = hours(browser);
            Forms.fill(page, "off-first", monday.plusDays(2).toString());
            Forms.fill(page, "off-last", monday.plusDays(1).toString());
            Forms.assertFieldError(Forms.press(page, "Add time off"), "off-last", "must be the same as or after the first day");

            page = hours(browser);
            Forms.fill(page, "off-first", "24/12/2026");
            Forms.assertFieldError(Forms.press(page, "Add time off"), "off-first", "Enter the first day off as YYYY-MM-DD");

            page = hours(browser);
            Forms.fill(page, "off-first", monday.toString());
            Forms.fill(page, "off-last", monday.plusDays(1).toString());
            Forms.fill(page, "off-reason", "Conference");
            HtmlPage added = Forms.press(page, "Add time off");
            assertThat(added.getHtmlElementById("time-off").asNormalizedText()).contains("Conference");

            Forms.fill(added, "off-first", monday.plusDays(1).toString());
            Forms.assertFieldError(Forms.press(added, "Add time off"), "off-first", "overlaps time off you already have");

            page = hours(browser);
            Forms.fill(page, "extra-date", "tomorrow");
            Forms.fill(page, "extra-start", "18:00");
            Forms.fill(page, "extra-end", "17:00");
            HtmlPage refused = Forms.press(page, "Add extra hours");
            assertThat(Forms.errorLinks(refused)).containsExactly("#extra-date");

            page = hours(browser);
            Forms.fill(page, "extra-date", monday.plusDays(5).toString());
            Forms.fill(page, "extra-start", "10:00");
            Forms.fill(page, "extra-end", "12:00");
            HtmlPage extra = Forms.press(page, "Add extra hours");
            assertThat(extra.getHtmlElementById("notice").asNormalizedText()).isEqualTo("Extra hours added.");
            assertThat(rows("time_off")).isEqualTo(1);
            assertThat(rows("extra_hours")).isEqualTo(1);

            String saturday = extra.getHtmlElementById("extra-hours").asNormalizedText();
            assertThat(saturday).contains("10:00–12:00");
            HtmlPage gone = Forms.press(extra, extra.querySelector("#extra-hours input[type=submit]")
                    .getAttributes().getNamedItem("value").getNodeValue());
            assertThat(gone.getElementById("no-extra")).isNotNull();
            assertThat(rows("extra_hours")).isZero();
        }
    }

    @Test
    void time_off_over_a_booked_call_lists_the_call_and_keeping_it_keeps_it_booked() {
        People.Client client = coach.newClient("Europe/Paris");
        client.api().book(Dates.start(monday, "10:00", coach.zone()));
        try (Browser browser = Browser.signedInAs(coach.email())) {
            HtmlPage page = hours(browser);
            Forms.fill(page, "off-first", monday.toString());
            HtmlPage confirm = Forms.press(page, "Add time off");

            assertThat(confirm.getTitleText()).isEqualTo("Calls outside your new hours – Coachcal");
            assertThat(confirm.getHtmlElementById("affected").asNormalizedText()).contains("10:00–11:00 with " + client.name());
            assertThat(rows("time_off")).isZero();

            HtmlPage saved = Forms.press(confirm, "Save the change and keep these calls");
            assertThat(saved.getHtmlElementById("notice").asNormalizedText()).contains("the booked calls are kept");
            assertThat(rows("time_off")).isEqualTo(1);
            assertThat(Rows.count("SELECT count(*) FROM appointment WHERE client_id = ? AND status = 'booked'", client.id())).isEqualTo(1);
        }
    }

    @Test
    void removing_hours_with_a_booked_call_cancels_it_with_a_reason_in_the_same_transaction() {
        People.Client client = coach.newClient("Europe/Paris");
        client.api().book(Dates.start(monday, "10:00", coach.zone()));
        try (Browser browser = Browser.signedInAs(coach.email())) {
            HtmlPage confirm = Forms.press(hours(browser), "Remove Monday 09:00–12:00");
            assertThat(confirm.getHtmlElementById("affected").asNormalizedText()).contains(client.name());

            HtmlPage refused = Forms.press(confirm, "Save the change and cancel these calls");
            Forms.assertFieldError(refused, "cancel-reason", "Enter a reason for cancelling");
            assertThat(rows("office_hours")).isEqualTo(5);

            Forms.fill(refused, "cancel-reason", "I no longer work on Mondays");
            HtmlPage saved = Forms.press(refused, "Save the change and cancel these calls");

            assertThat(saved.getHtmlElementById("notice").asNormalizedText()).contains("the calls are cancelled");
            assertThat(saved.getHtmlElementById("windows").asNormalizedText()).doesNotContain("Monday");
            assertThat(rows("office_hours")).isEqualTo(4);
            assertThat(Rows.row("SELECT status::text, cancel_reason FROM appointment WHERE client_id = ?", client.id()))
                    .containsExactly("cancelled", "I no longer work on Mondays");
        }
    }
}
