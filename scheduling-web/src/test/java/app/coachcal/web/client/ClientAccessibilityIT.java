package app.coachcal.web.client;

import static org.assertj.core.api.Assertions.assertThat;

import app.coachcal.web.testsupport.Accessibility;
import app.coachcal.web.testsupport.Dates;
import app.coachcal.web.testsupport.Json;
import app.coachcal.web.testsupport.People;
import app.coachcal.web.testsupport.Rows;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * axe-core (WCAG 2.2 AA) in Debian's Chromium, with script on, on every client page in each of its
 * states: empty, with calls, with errors. Also takes the README's screenshots.
 */
class ClientAccessibilityIT {

    private static Accessibility chrome;

    private final People.Coach coach = People.coach("America/Los_Angeles").weekdays("09:00", "17:00").create();
    private final People.Client client = coach.newClient("America/New_York");
    private final LocalDate monday = Dates.mondayAhead(client.zone(), 2);

    @BeforeAll
    static void startChromium() {
        chrome = Accessibility.start();
    }

    @AfterAll
    static void stopChromium() {
        chrome.close();
    }

    @Test
    void my_calls_has_no_violation_empty_or_with_calls_of_every_kind() {
        chrome.signIn(client.email());
        chrome.open("/calls/");
        chrome.assertNoViolations("My calls, empty");

        UUID booked = book(monday.plusDays(1), "09:00");
        UUID cancelled = book(monday.plusDays(2), "13:00");
        Rows.update("UPDATE appointment SET status = 'cancelled', cancelled_at = now(), cancelled_by = ?,"
                + " cancel_reason = 'I am away at a conference that day.' WHERE public_id = ?", coach.id(), cancelled);
        People.pastCall(client, ZonedDateTime.now(coach.zone()).minusWeeks(4).withHour(10).truncatedTo(ChronoUnit.HOURS)
                .toInstant(), Duration.ofHours(1));
        chrome.open("/calls/?booked=" + booked);
        chrome.assertNoViolations("My calls, with upcoming, cancelled and past calls and a notice");
        chrome.screenshot(Path.of("target", "screenshots", "my-calls.png"));
        signOut();
    }

    @Test
    void the_booking_week_has_no_violation_with_slots_without_slots_and_with_an_error() {
        chrome.signIn(client.email());
        chrome.open("/book/?from=" + monday);
        chrome.assertNoViolations("Book a call, a week with free slots");
        chrome.screenshot(Path.of("target", "screenshots", "booking-week.png"));

        chrome.open("/book/?from=2026-02-30");
        chrome.assertNoViolations("Book a call, a malformed week");
        assertThat(chrome.driver().switchTo().activeElement().getAttribute("id"))
                .as("with script, the focus moves to the error summary").isEqualTo("error-summary");
        chrome.open("/signout");
        chrome.assertNoViolations("Sign out, opened by its address");
        signOut();

        People.Client idle = People.coach("Europe/London").create().newClient("Europe/London");
        chrome.signIn(idle.email());
        chrome.open("/book/");
        chrome.assertNoViolations("Book a call, a coach with no free times");
        Rows.update("UPDATE coaching_relationship SET ends_at = now() WHERE id = ?", idle.relationshipId());
        chrome.open("/book/");
        chrome.assertNoViolations("Book a call, no current coach");
        signOut();
    }

    @Test
    void confirming_moving_and_cancelling_have_no_violation_nor_do_their_errors() {
        UUID id = book(monday.plusDays(1), "10:00");
        String free = Dates.start(monday.plusDays(3), "11:00", coach.zone()).replace("+", "%2B");
        chrome.signIn(client.email());
        chrome.open("/book/confirm?start=" + free);
        chrome.assertNoViolations("Confirm your call");
        coach.newClient("America/Los_Angeles").api().book(Dates.start(monday.plusDays(3), "11:00", coach.zone()));
        chrome.driver().findElement(By.id("book-button")).click();
        chrome.assertNoViolations("Confirm your call, the slot was taken: nearest free slots");
        chrome.open("/book/confirm?start=nonsense");
        chrome.assertNoViolations("Confirm your call, no time chosen");

        chrome.open("/calls/move?id=" + id);
        chrome.assertNoViolations("Move your call");
        chrome.open("/calls/move-to?id=" + id + "&start=" + Dates.start(monday.plusDays(4), "09:00", coach.zone())
                .replace("+", "%2B"));
        chrome.assertNoViolations("Confirm the new time");
        chrome.open("/calls/cancel?id=" + id);
        chrome.assertNoViolations("Cancel your call");
        chrome.open("/calls/cancel?id=" + UUID.randomUUID());
        chrome.assertNoViolations("Page not found");
        chrome.open("/admin/rules");
        chrome.assertNoViolations("You cannot see this page (403)");
        chrome.open("/expired");
        chrome.assertNoViolations("Please try again");
        signOut();
    }

    @Test
    void too_late_to_cancel_has_no_violation() {
        People.Coach allDay = People.coach("UTC").hours("00:00", "24:00", 1, 2, 3, 4, 5, 6, 7).create();
        People.Client late = allDay.newClient("UTC");
        Instant soon = Instant.now().plus(Duration.ofHours(4)).truncatedTo(ChronoUnit.HOURS);
        String id = Json.parse(late.api().book(soon.toString()).body()).text("id");
        chrome.signIn(late.email());
        chrome.open("/calls/cancel?id=" + id);
        chrome.assertNoViolations("Cancel your call, too late");
        chrome.open("/calls/move?id=" + id);
        chrome.assertNoViolations("Move your call, too late");
        signOut();
    }

    private UUID book(LocalDate day, String coachTime) {
        return UUID.fromString(Json.parse(client.api().book(Dates.start(day, coachTime, coach.zone())).body()).text("id"));
    }

    private static void signOut() {
        chrome.driver().findElement(By.id("sign-out-button")).click();
    }
}
