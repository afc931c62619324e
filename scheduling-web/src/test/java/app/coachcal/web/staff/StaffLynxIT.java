package app.coachcal.web.staff;

import static org.assertj.core.api.Assertions.assertThat;

import app.coachcal.admin.Times;
import app.coachcal.web.testsupport.Browser;
import app.coachcal.web.testsupport.Dates;
import app.coachcal.web.testsupport.Lynx;
import app.coachcal.web.testsupport.People;
import app.coachcal.web.testsupport.Rows;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;

/** The staff console's flows of issue 6 in the real text browser Lynx, keyboard only, no script. */
class StaffLynxIT {

    private static void signIn(Lynx lynx, String email) {
        lynx.fill("E-mail address", email);
        lynx.fill("Password", Browser.DEMO_PASSWORD);
        lynx.press("Sign in");
    }

    @Test
    void a_coach_adds_a_day_of_time_off_and_sees_the_clients_call_before_keeping_it() {
        People.Coach coach = People.coach("Europe/London").weekdays("09:00", "12:00").create();
        People.Client client = coach.newClient("Europe/Berlin");
        LocalDate monday = Dates.mondayAhead(coach.zone(), 2);
        client.api().book(Dates.start(monday, "10:00", coach.zone()));

        try (Lynx lynx = Lynx.open("/login")) {
            signIn(lynx, coach.email());
            lynx.waitFor("My week, week of");
            lynx.follow("Office hours");
            lynx.waitFor("Add time off");
            lynx.fill("First day off (YYYY-MM-DD)", monday.toString());
            lynx.press("Add time off");

            String confirm = lynx.waitFor("Calls outside your new hours");
            assertThat(confirm).contains("with " + client.name()).contains("10:00").doesNotContain("Time off added");
            lynx.press("Save the change and keep these calls");
            lynx.waitFor("the booked calls are kept");

            lynx.go("/staff/?from=" + monday);
            String week = lynx.waitFor(DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH).format(monday));
            assertThat(week).contains(client.name()).contains("10:00");
        }
        assertThat(Rows.count("SELECT count(*) FROM time_off WHERE coach_id = ?", coach.id())).isEqualTo(1);
        assertThat(Rows.count("SELECT count(*) FROM appointment WHERE coach_id = ? AND status = 'booked'", coach.id())).isEqualTo(1);
    }

    @Test
    void a_coach_adds_and_removes_time_off_and_office_hours_and_my_week_show_each_change_when_returned_to() {
        People.Coach coach = People.coach("Europe/London").weekdays("09:00", "12:00").create();
        People.Client client = coach.newClient("Europe/Berlin");
        LocalDate monday = Dates.mondayAhead(coach.zone(), 2);
        LocalDate thursday = monday.plusDays(3);
        String dayOff = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH).format(thursday);

        try (Lynx lynx = Lynx.open("/login")) {
            signIn(lynx, coach.email());
            lynx.waitFor("My week, week of");
            lynx.go("/staff/?from=" + monday);
            assertThat(lynx.waitFor("My week, week of " + Times.day(monday))).doesNotContain(client.name());
            lynx.follow("Office hours");
            assertThat(lynx.waitFor("Office hours – Coachcal")).contains("No time off planned.")
                    .as("a select stands apart from its label").doesNotContain("Weekday[");
            lynx.fill("From (HH:MM)", "10:30");
            assertThat(lynx.screen()).as("a time fits beside the field's number").contains("10:30");

            lynx.fill("First day off (YYYY-MM-DD)", thursday.toString());
            lynx.fill("Reason (optional", "Training");
            lynx.press("Add time off");
            lynx.waitFor("Time off added.");
            client.api().book(Dates.start(monday.plusDays(1), "10:00", coach.zone()));

            lynx.follow("My week");
            lynx.waitFor("My week, week of");
            lynx.go("/staff/?from=" + monday);
            assertThat(lynx.waitFor("My week, week of " + Times.day(monday))).contains(client.name());
            lynx.follow("Office hours");
            String hours = lynx.waitFor("Office hours – Coachcal");
            assertThat(hours).doesNotContain("No time off planned.").contains("Remove time off " + dayOff);

            lynx.press("Remove time off " + dayOff);
            lynx.waitFor("Time off removed.");
            lynx.follow("My week");
            lynx.waitFor("My week, week of");
            lynx.follow("Office hours");
            hours = lynx.waitFor("Office hours – Coachcal");
            assertThat(hours).contains("No time off planned.").doesNotContain("Remove time off " + dayOff);
        }
        assertThat(Rows.count("SELECT count(*) FROM time_off WHERE coach_id = ?", coach.id())).isZero();
    }

    @Test
    void an_admin_shortens_the_booking_horizon_and_the_clients_week_view_follows() {
        People.Coach coach = People.coach("Europe/London").weekdays("09:00", "12:00").create();
        People.Client client = coach.newClient("Europe/London");
        LocalDate inThreeWeeks = Dates.mondayAhead(client.zone(), 3);
        try (Browser browser = Browser.signedInAs(client.email())) {
            assertThat(slotButtonsIn(browser.open("/book/?from=" + inThreeWeeks), inThreeWeeks)).isPositive();

            try (Lynx lynx = Lynx.open("/login")) {
                signIn(lynx, "admin@example.com");
                lynx.waitFor("Find a person");
                lynx.follow("Business rules");
                lynx.waitFor("Booking horizon (days)");
                lynx.fill("Booking horizon (days)", "7");
                lynx.press("Save the business rules");
                lynx.waitFor("Saved. What changed");
                assertThat(lynx.screen()).contains("Booking horizon: 60");
            }

            assertThat(Rows.value(Integer.class, "SELECT value FROM business_rule WHERE name = 'booking_horizon'")).isEqualTo(7);
            assertThat(slotButtonsIn(browser.open("/book/?from=" + inThreeWeeks), inThreeWeeks)).isZero();
        } finally {
            Rows.update("UPDATE business_rule SET value = default_value WHERE name = 'booking_horizon'");
        }
    }

    /** Slot buttons for the days of the week from {@code monday} (labels like "Book Tue 1 Dec, 09:00"). */
    private static long slotButtonsIn(HtmlPage page, LocalDate monday) {
        DateTimeFormatter day = DateTimeFormatter.ofPattern("EEE d MMM", Locale.UK);
        return page.querySelectorAll("input[type=submit]").stream()
                .map(button -> ((org.htmlunit.html.HtmlElement) button).getAttribute("value"))
                .filter(label -> java.util.stream.IntStream.range(0, 7)
                        .anyMatch(offset -> label.startsWith("Book " + day.format(monday.plusDays(offset)) + ",")))
                .count();
    }
}
