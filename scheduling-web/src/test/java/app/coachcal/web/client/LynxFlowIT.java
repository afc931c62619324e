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

/** The whole client flow in the real text browser lynx: sign in, book, move, cancel, sign out. */
class LynxFlowIT {

    private final People.Coach coach = People.coach("Europe/London").weekdays("09:00", "17:00").create();
    private final People.Client client = coach.newClient("America/New_York");

    @Test
    void a_client_signs_in_books_moves_and_cancels_a_call_and_signs_out_in_lynx() {
        LocalDate monday = Dates.mondayAhead(client.zone(), 2);
        Instant first = Dates.instant(monday.plusDays(1), "14:00", coach.zone());
        Instant second = Dates.instant(monday.plusDays(3), "15:00", coach.zone());
        String firstLabel = Slots.label("Book", first, client.zone());
        String secondLabel = Slots.label("Move to", second, client.zone());
        try (Lynx lynx = Lynx.open("/login")) {
            lynx.fill("E-mail address", client.email());
            lynx.fill("Password", Browser.DEMO_PASSWORD);
            lynx.press("Sign in");
            lynx.waitFor("You have no calls booked.");

            lynx.go("/book/?from=" + monday);
            lynx.waitFor("Book a call, week of");
            lynx.press(firstLabel);
            lynx.waitFor("Confirm your call");
            lynx.press("Book this call");
            lynx.waitFor("Your call is booked");

            lynx.follow("Move the call on " + firstLabel.substring("Book ".length()));
            lynx.waitFor("Move your call, week of");
            lynx.press(secondLabel);
            lynx.waitFor("Confirm the new time");
            lynx.press("Move my call");
            lynx.waitFor("Your call has been moved to");

            lynx.follow("Cancel the call on " + secondLabel.substring("Move to ".length()));
            lynx.waitFor("You can cancel it until");
            lynx.press("Cancel this call");
            String cancelled = lynx.waitFor("Your call has been cancelled");
            assertThat(cancelled).contains("You have no calls booked.");

            lynx.press("Sign out");
            lynx.waitFor("You have signed out.");
        }
        assertThat(Rows.count("SELECT count(*) FROM appointment_history h JOIN appointment a ON a.id = h.appointment_id"
                + " WHERE a.client_id = ?", client.id())).isEqualTo(3);
    }
}
