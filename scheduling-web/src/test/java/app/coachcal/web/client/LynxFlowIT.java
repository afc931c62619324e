package app.coachcal.web.client;

import static org.assertj.core.api.Assertions.assertThat;

import app.coachcal.web.testsupport.Browser;
import app.coachcal.web.testsupport.Dates;
import app.coachcal.web.testsupport.Lynx;
import app.coachcal.web.testsupport.People;
import app.coachcal.web.testsupport.Rows;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The whole client flow in the real text browser lynx, in one session: sign in, book, move, cancel, sign out,
 * going back after each change to pages seen before it, by their links and never with a reload (issue 12).
 */
class LynxFlowIT {

    private final People.Coach coach = People.coach("Europe/London").weekdays("09:00", "17:00").create();
    private final People.Client client = coach.newClient("America/New_York");

    @Test
    void a_client_books_moves_and_cancels_and_every_page_returned_to_shows_the_change_in_one_lynx_session() {
        LocalDate monday = Dates.mondayAhead(client.zone(), 2);
        Instant first = Dates.instant(monday.plusDays(1), "14:00", coach.zone());
        Instant second = Dates.instant(monday.plusDays(3), "15:00", coach.zone());
        String firstLabel = Slots.label("Book", first, client.zone());
        String secondLabel = Slots.label("Move to", second, client.zone());
        String firstWhen = firstLabel.substring("Book ".length());
        String secondWhen = secondLabel.substring("Move to ".length());
        try (Lynx lynx = Lynx.open("/login")) {
            lynx.fill("E-mail address", client.email());
            lynx.fill("Password", Browser.DEMO_PASSWORD);
            lynx.press("Sign in");
            lynx.waitFor("You have no calls booked.");

            lynx.go("/book/?from=" + monday);
            assertThat(lynx.waitFor("Book a call, week of")).contains(firstLabel);
            lynx.press(firstLabel);
            lynx.waitFor("Confirm your call");
            lynx.press("Book this call");
            lynx.waitFor("Your call is booked");

            // Back to pages seen before the booking, by their links: each must show the booking.
            lynx.go("/book/?from=" + monday);
            assertThat(lynx.waitFor("Book a call, week of")).doesNotContain(firstLabel);
            lynx.follow("My calls");
            String calls = lynx.waitFor("My calls – Coachcal");
            assertThat(calls).doesNotContain("You have no calls booked.").contains("Move the call on " + firstWhen);

            lynx.follow("Move the call on " + firstWhen);
            lynx.waitFor("Move your call, week of");
            lynx.press(secondLabel);
            lynx.waitFor("Confirm the new time");
            lynx.press("Move my call");
            lynx.waitFor("Your call has been moved to");

            lynx.follow("Book a call");
            lynx.waitFor("Book a call, week of");
            lynx.follow("My calls");
            calls = lynx.waitFor("My calls – Coachcal");
            assertThat(calls).contains("Move the call on " + secondWhen).doesNotContain("Move the call on " + firstWhen);

            lynx.follow("Cancel the call on " + secondWhen);
            lynx.waitFor("You can cancel it until");
            lynx.press("Cancel this call");
            assertThat(lynx.waitFor("Your call has been cancelled")).contains("You have no calls booked.");

            lynx.follow("Book a call");
            lynx.waitFor("Book a call, week of");
            lynx.follow("My calls");
            calls = lynx.waitFor("My calls – Coachcal");
            assertThat(calls).contains("You have no calls booked.").doesNotContain("Move the call on");

            lynx.press("Sign out");
            lynx.waitFor("You have signed out.");
            lynx.go("/calls/");
            lynx.waitFor("Sign in – Coachcal");
        }
        assertThat(Rows.count("SELECT count(*) FROM appointment_history h JOIN appointment a ON a.id = h.appointment_id"
                + " WHERE a.client_id = ?", client.id())).isEqualTo(3);
    }
}
