package app.coachcal.web.client;

import static org.assertj.core.api.Assertions.assertThat;

import app.coachcal.web.testsupport.Browser;
import app.coachcal.web.testsupport.Dates;
import app.coachcal.web.testsupport.Json;
import app.coachcal.web.testsupport.People;
import app.coachcal.web.testsupport.RuleSetting;
import app.coachcal.web.testsupport.Rows;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.UUID;
import org.htmlunit.html.HtmlHiddenInput;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;

/**
 * Every client page and every error on it, in a browser that runs no script (as Lynx or a browser
 * with JavaScript off): each test has its own coach and client, so no two share a calendar.
 */
class ClientPagesIT {

    private static final DateTimeFormatter WEEK_OF = DateTimeFormatter.ofPattern("d MMM", Locale.UK);

    private final People.Coach coach = People.coach("America/Los_Angeles").weekdays("09:00", "17:00").create();
    private final People.Client client = coach.newClient("Europe/London");
    private final LocalDate monday = Dates.mondayAhead(client.zone(), 2);

    @Test
    void my_calls_without_any_call_says_so_and_offers_to_book_one() {
        try (Browser browser = Browser.signedInAs(client.email())) {
            HtmlPage calls = browser.open("/calls/");

            assertThat(calls.getTitleText()).isEqualTo("My calls – Coachcal");
            assertThat(calls.getHtmlElementById("no-upcoming").asNormalizedText()).isEqualTo("You have no calls booked.");
            assertThat(calls.getHtmlElementById("book-link").getAttribute("href")).isEqualTo("/book/");
        }
    }

    @Test
    void the_week_shows_each_day_under_its_heading_with_a_button_per_free_slot() {
        try (Browser browser = Browser.signedInAs(client.email())) {
            HtmlPage week = browser.open("/book/?from=" + monday.plusDays(2));

            assertThat(week.getTitleText()).isEqualTo("Book a call, week of " + WEEK_OF.format(monday) + " – Coachcal");
            assertThat(week.querySelectorAll("h1")).hasSize(1);
            assertThat(week.querySelectorAll(".day h2")).hasSize(7);
            assertThat(week.getHtmlElementById("day-" + monday).asNormalizedText())
                    .isEqualTo(DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.UK).format(monday));
            assertThat(week.querySelectorAll("fieldset legend").get(0).asNormalizedText())
                    .startsWith("Free times on ");
            Instant nine = Dates.instant(monday.plusDays(1), "09:00", coach.zone());
            assertThat(Slots.buttons(week)).contains(Slots.label("Book", nine, client.zone()));
            assertThat(week.asNormalizedText()).contains("Times are in your time zone, Europe/London.");
        }
    }

    @Test
    void previous_and_next_week_are_plain_links_offered_only_within_the_rules() {
        try (Browser browser = Browser.signedInAs(client.email())) {
            HtmlPage thisWeek = browser.open("/book/");
            assertThat(thisWeek.getElementById("previous-week")).isNull();
            String next = thisWeek.getHtmlElementById("next-week").getAttribute("href");
            assertThat(next).matches("/book/\\?from=\\d{4}-\\d{2}-\\d{2}");

            HtmlPage following = browser.open(next);
            assertThat(following.getHtmlElementById("previous-week").getAttribute("href")).isNotEmpty();

            LocalDate lastDay = LocalDate.ofInstant(Instant.now().plus(Duration.ofDays(60)), client.zone());
            HtmlPage last = browser.open("/book/?from=" + lastDay);
            assertThat(last.getElementById("next-week")).isNull();
            assertThat(last.getElementById("error-summary")).isNull();
        }
    }

    @Test
    void a_malformed_from_is_an_error_linked_to_its_field_and_not_a_server_error() {
        try (Browser browser = Browser.signedInAs(client.email())) {
            HtmlPage week = browser.open("/book/?from=2026-02-30");

            assertThat(week.getWebResponse().getStatusCode()).isEqualTo(200);
            assertThat(week.getTitleText()).startsWith("Error: Book a call, week of ");
            assertThat(Slots.errors(week)).containsExactly("#from: Enter a real date, like 2026-12-01");
            assertThat(week.getHtmlElementById("from").getAttribute("aria-describedby")).isEqualTo("from-error");
            assertThat(week.getHtmlElementById("from-error").asNormalizedText()).contains("Enter a real date");
        }
    }

    @Test
    void a_client_without_a_current_coach_is_told_so_and_offered_no_times() {
        Rows.update("UPDATE coaching_relationship SET ends_at = now() WHERE id = ?", client.relationshipId());
        try (Browser browser = Browser.signedInAs(client.email())) {
            HtmlPage book = browser.open("/book/");

            assertThat(book.asNormalizedText()).contains("You do not have a coach to book calls with at the moment.")
                    .doesNotContain("Choose a free time");
            assertThat(Slots.buttons(book)).containsExactly("Sign out");
        }
    }

    @Test
    void a_week_already_past_or_beyond_the_horizon_is_refused_in_words_about_weeks() {
        try (Browser browser = Browser.signedInAs(client.email())) {
            HtmlPage past = browser.open("/book/?from=" + LocalDate.now(client.zone()).minusWeeks(2));
            HtmlPage far = browser.open("/book/?from=" + LocalDate.now(client.zone()).plusDays(120));

            assertThat(Slots.errors(past)).containsExactly("#from: That week has already passed. Here is this week.");
            assertThat(Slots.errors(far)).singleElement().asString()
                    .startsWith("#from: That week is too far ahead to book yet: the last week you can book is the week of Monday ")
                    .endsWith(". Here is this week.");
        }
    }

    @Test
    void the_booking_pages_quote_the_call_length_and_the_monthly_limit_as_the_rules_stand() {
        Instant nine = Dates.instant(monday.plusDays(1), "09:00", coach.zone());
        try (RuleSetting limit = RuleSetting.set("monthly_call_limit", 3);
             Browser browser = Browser.signedInAs(client.email())) {
            HtmlPage week = browser.open("/book/?from=" + monday);
            HtmlPage confirm = Slots.press(week, Slots.label("Book", nine, client.zone()));

            assertThat(week.asNormalizedText())
                    .contains("book a 60-minute call with your coach (up to 3 calls a month)");
            assertThat(confirm.getHtmlElementById("start").asNormalizedText()).startsWith("You are booking a 60-minute call on");
        }
    }

    @Test
    void booking_a_slot_asks_for_confirmation_then_my_calls_says_what_was_booked() {
        Instant nine = Dates.instant(monday.plusDays(1), "09:00", coach.zone());
        String label = Slots.label("Book", nine, client.zone());
        try (Browser browser = Browser.signedInAs(client.email())) {
            HtmlPage confirm = Slots.press(browser.open("/book/?from=" + monday), label);

            assertThat(confirm.getTitleText()).isEqualTo("Confirm your call – Coachcal");
            assertThat(confirm.getHtmlElementById("start").asNormalizedText()).contains(label.substring(5));
            HtmlPage calls = Slots.press(confirm, "Book this call");

            assertThat(calls.getUrl().getPath()).startsWith("/calls/");
            assertThat(calls.getHtmlElementById("notice").asNormalizedText()).startsWith("Your call is booked: ")
                    .contains("(Europe/London)");
            assertThat(calls.querySelector(".coach-time").asNormalizedText())
                    .isEqualTo(when(nine, coach.zone()) + " for your coach (America/Los_Angeles)");
            assertThat(calls.asNormalizedText()).contains("Move the call on " + label.substring(5))
                    .contains("Cancel the call on " + label.substring(5));
        }
        assertThat(Rows.count("SELECT count(*) FROM appointment WHERE client_id = ? AND status = 'booked'"
                + " AND starts_at = ?", client.id(), nine)).isEqualTo(1);
    }

    @Test
    void a_slot_taken_meanwhile_says_so_and_offers_the_nearest_free_slots_as_buttons() {
        Instant ten = Dates.instant(monday.plusDays(2), "10:00", coach.zone());
        People.Client rival = coach.newClient("America/Los_Angeles");
        try (Browser browser = Browser.signedInAs(client.email())) {
            HtmlPage confirm = Slots.press(browser.open("/book/?from=" + monday), Slots.label("Book", ten, client.zone()));
            assertThat(rival.api().book(Dates.start(monday.plusDays(2), "10:00", coach.zone())).statusCode()).isEqualTo(201);

            HtmlPage refused = Slots.press(confirm, "Book this call");

            assertThat(refused.getTitleText()).isEqualTo("Error: Confirm your call – Coachcal");
            assertThat(Slots.errors(refused))
                    .containsExactly("#start: Sorry, that time has just been taken. Please choose another time.");
            Instant nearest = Dates.instant(monday.plusDays(2), "09:00", coach.zone());
            assertThat(Slots.buttons(refused)).contains(Slots.label("Book", nearest, client.zone()),
                    Slots.label("Book", ten.plus(Duration.ofHours(1)), client.zone()));

            HtmlPage again = Slots.press(refused, Slots.label("Book", nearest, client.zone()));
            assertThat(again.getTitleText()).isEqualTo("Confirm your call – Coachcal");
            assertThat(Slots.press(again, "Book this call").getHtmlElementById("notice").asNormalizedText())
                    .startsWith("Your call is booked: ");
        }
    }

    @Test
    void moving_a_call_keeps_its_id_and_its_history() {
        UUID id = book(monday.plusDays(1), "09:00");
        Instant newStart = Dates.instant(monday.plusDays(3), "14:00", coach.zone());
        try (Browser browser = Browser.signedInAs(client.email())) {
            HtmlPage calls = browser.open("/calls/");
            HtmlPage move = browser.open(calls.querySelector(".call-actions a").getAttributes()
                    .getNamedItem("href").getNodeValue());
            assertThat(move.getTitleText()).isEqualTo("Move your call, week of " + WEEK_OF.format(monday) + " – Coachcal");

            HtmlPage confirm = Slots.press(move, Slots.label("Move to", newStart, client.zone()));
            assertThat(confirm.getTitleText()).isEqualTo("Confirm the new time – Coachcal");
            HtmlPage moved = Slots.press(confirm, "Move my call");

            assertThat(moved.getHtmlElementById("notice").asNormalizedText()).startsWith("Your call has been moved to ");
        }
        assertThat(Rows.row("SELECT starts_at FROM appointment WHERE public_id = ?", id)).containsExactly(newStart);
        assertThat(Rows.count("SELECT count(*) FROM appointment_history h JOIN appointment a ON a.id = h.appointment_id"
                + " WHERE a.public_id = ?", id)).isEqualTo(2);
    }

    @Test
    void cancelling_a_call_asks_for_confirmation_then_it_is_no_longer_listed() {
        UUID id = book(monday.plusDays(1), "11:00");
        try (Browser browser = Browser.signedInAs(client.email())) {
            HtmlPage cancel = browser.open("/calls/cancel?id=" + id);
            assertThat(cancel.getTitleText()).isEqualTo("Cancel your call – Coachcal");
            assertThat(cancel.asNormalizedText()).contains("You can cancel it until ");

            HtmlPage calls = Slots.press(cancel, "Cancel this call");

            assertThat(calls.getHtmlElementById("notice").asNormalizedText()).startsWith("Your call has been cancelled: ");
            assertThat(calls.getHtmlElementById("no-upcoming").asNormalizedText()).isEqualTo("You have no calls booked.");
        }
        assertThat(Rows.value(String.class, "SELECT status::text FROM appointment WHERE public_id = ?", id))
                .isEqualTo("cancelled");
    }

    @Test
    void too_late_to_cancel_or_move_says_until_when_it_was_possible_and_offers_no_button() {
        People.Coach allDay = People.coach("UTC").hours("00:00", "24:00", 1, 2, 3, 4, 5, 6, 7).create();
        People.Client late = allDay.newClient("UTC");
        Instant soon = Instant.now().plus(Duration.ofHours(4)).truncatedTo(ChronoUnit.HOURS);
        String start = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(soon.atZone(ZoneId.of("UTC")));
        UUID id = UUID.fromString(Json.parse(late.api().book(start).body()).text("id"));
        String until = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.UK)
                .format(soon.minus(Duration.ofDays(1)).atZone(ZoneId.of("UTC")));
        try (Browser browser = Browser.signedInAs(late.email())) {
            HtmlPage cancel = browser.open("/calls/cancel?id=" + id);
            HtmlPage move = browser.open("/calls/move?id=" + id);

            assertThat(Slots.errors(cancel)).containsExactly("#call: It is too late to move or cancel this call."
                    + " You could cancel it until " + until + " (UTC).");
            assertThat(Slots.buttons(cancel)).doesNotContain("Cancel this call");
            assertThat(Slots.errors(move)).containsExactly("#call: It is too late to move or cancel this call."
                    + " You could move it until " + until + " (UTC).");
            assertThat(move.querySelectorAll(".slot")).isEmpty();
        }
    }

    @Test
    void another_clients_call_and_a_malformed_id_get_the_page_not_found() {
        People.Client other = coach.newClient("Europe/London");
        UUID theirs = UUID.fromString(Json.parse(other.api().book(Dates.start(monday.plusDays(4), "09:00", coach.zone()))
                .body()).text("id"));
        try (Browser browser = Browser.signedInAs(client.email())) {
            for (String path : new String[] {"/calls/cancel?id=" + theirs, "/calls/move?id=" + theirs,
                    "/calls/move-to?id=" + theirs + "&start=2026-12-01T09:00:00Z", "/calls/cancel?id=not-an-id",
                    "/calls/move?id=", "/calls/cancel"}) {
                HtmlPage page = browser.open(path);
                assertThat(page.getWebResponse().getStatusCode()).as(path).isEqualTo(404);
                assertThat(page.getTitleText()).as(path).isEqualTo("Page not found – Coachcal");
            }
        }
    }

    @Test
    void a_stale_form_asks_to_try_again_and_changes_nothing() {
        UUID id = book(monday.plusDays(1), "13:00");
        try (Browser browser = Browser.signedInAs(client.email())) {
            HtmlPage cancel = browser.open("/calls/cancel?id=" + id);
            ((HtmlHiddenInput) cancel.querySelector("#cancel input[name='jakarta.faces.ViewState']")).setValue("-1:-1");

            HtmlPage stale = Slots.press(cancel, "Cancel this call");

            assertThat(stale.getTitleText()).isEqualTo("Please try again – Coachcal");
            assertThat(stale.asNormalizedText()).doesNotContain("Exception").contains("nothing was changed");
        }
        assertThat(Rows.value(String.class, "SELECT status::text FROM appointment WHERE public_id = ?", id))
                .isEqualTo("booked");
    }

    @Test
    void my_calls_lists_recent_past_calls_within_the_history_window_and_calls_the_coach_cancelled_with_the_reason() {
        Instant recent = ZonedDateTime.now(coach.zone()).minusWeeks(3).withHour(10).truncatedTo(ChronoUnit.HOURS).toInstant();
        Instant tooOld = recent.minus(Duration.ofDays(7 * 14));
        People.pastCall(client, recent, Duration.ofHours(1));
        People.pastCall(client, tooOld, Duration.ofHours(1));
        UUID cancelled = book(monday.plusDays(4), "15:00");
        Rows.update("UPDATE appointment SET status = 'cancelled', cancelled_at = now(), cancelled_by = ?,"
                + " cancel_reason = 'Your coach is ill that day.' WHERE public_id = ?", coach.id(), cancelled);
        try (Browser browser = Browser.signedInAs(client.email())) {
            HtmlPage calls = browser.open("/calls/");

            String text = calls.asNormalizedText();
            assertThat(text).contains("Recent calls").contains(when(recent, client.zone()))
                    .doesNotContain(when(tooOld, client.zone()));
            assertThat(text).contains("Cancelled by your coach").contains("Reason: Your coach is ill that day.");
        }
    }

    @Test
    void a_confirmation_without_a_chosen_time_says_so() {
        try (Browser browser = Browser.signedInAs(client.email())) {
            HtmlPage confirm = browser.open("/book/confirm?start=tomorrow");

            assertThat(Slots.errors(confirm)).containsExactly("#start: Choose a time from the week's free times.");
            assertThat(Slots.buttons(confirm)).doesNotContain("Book this call");
        }
    }

    @Test
    void signing_out_works_from_every_client_page_and_ends_the_session() {
        UUID id = book(monday.plusDays(1), "10:00");
        for (String path : new String[] {"/calls/", "/book/", "/calls/cancel?id=" + id, "/calls/move?id=" + id,
                "/book/confirm?start=2026-12-01T09:00:00Z", "/calls/move-to?id=" + id + "&start=2026-12-01T09:00:00Z"}) {
            try (Browser browser = Browser.signedInAs(client.email())) {
                HtmlPage signedOut = Browser.click(browser.open(path), "sign-out-button");

                assertThat(signedOut.asNormalizedText()).as(path).contains("You have signed out.");
                assertThat(browser.open("/calls/").getUrl().getPath()).as(path).isEqualTo("/login");
            }
        }
    }

    private UUID book(LocalDate day, String coachTime) {
        return UUID.fromString(Json.parse(client.api().book(Dates.start(day, coachTime, coach.zone())).body()).text("id"));
    }

    private static String when(Instant start, ZoneId zone) {
        ZonedDateTime at = start.atZone(zone);
        return DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.UK).format(at) + "–"
                + DateTimeFormatter.ofPattern("HH:mm").format(at.plusHours(1));
    }
}
