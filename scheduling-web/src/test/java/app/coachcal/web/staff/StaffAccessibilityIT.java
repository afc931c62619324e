package app.coachcal.web.staff;

import app.coachcal.web.testsupport.Accessibility;
import app.coachcal.web.testsupport.Dates;
import app.coachcal.web.testsupport.People;
import app.coachcal.web.testsupport.Rows;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** axe-core (WCAG 2.2 AA) on every coach page in each of its states; the README's office-hours screenshot. */
class StaffAccessibilityIT {

    private final People.Coach coach = People.coach("Europe/London").weekdays("09:00", "12:00").hours("13:00", "17:00", 1, 3).create();
    private final People.Client client = coach.newClient("America/New_York");
    private final LocalDate monday = Dates.mondayAhead(coach.zone(), 2);

    private void click(Accessibility chrome, String value) {
        chrome.driver().findElement(By.xpath("//input[@type='submit' and @value=\"" + value + "\"]")).click();
    }

    private void type(Accessibility chrome, String id, String text) {
        chrome.driver().findElement(By.id(id)).clear();
        chrome.driver().findElement(By.id(id)).sendKeys(text);
    }

    @Test
    void every_coach_page_passes_axe_in_each_state() {
        client.api().book(Dates.start(monday, "10:00", coach.zone()));
        UUID call = Rows.value(UUID.class, "SELECT public_id FROM appointment WHERE client_id = ?", client.id());
        Rows.update("INSERT INTO time_off (coach_id, days, reason) VALUES (?, daterange(?::date, ?::date, '[]'), 'Conference')",
                coach.id(), monday.plusWeeks(2).toString(), monday.plusWeeks(2).plusDays(2).toString());
        try (Accessibility chrome = Accessibility.start()) {
            chrome.signIn(coach.email());
            chrome.open("/staff/?from=" + monday);
            chrome.assertNoViolations("my week with a call");
            chrome.open("/staff/?from=bad");
            chrome.assertNoViolations("my week with an error");
            chrome.open("/staff/clients");
            chrome.assertNoViolations("my clients");
            chrome.open("/staff/preview?from=" + monday + "&weeks=1");
            chrome.assertNoViolations("preview");
            chrome.open("/staff/preview?from=x&weeks=y");
            chrome.assertNoViolations("preview with errors");

            chrome.open("/staff/hours");
            chrome.assertNoViolations("office hours");
            chrome.screenshot(Path.of("target/screenshots/office-hours.png"));
            type(chrome, "window-start", "09:10");
            type(chrome, "window-end", "08:00");
            click(chrome, "Add weekly hours");
            chrome.assertNoViolations("office hours with an error");
            type(chrome, "off-first", monday.toString());
            click(chrome, "Add time off");
            chrome.assertNoViolations("calls outside the new hours");
            click(chrome, "Save the change and cancel these calls");
            chrome.assertNoViolations("calls outside the new hours, reason missing");

            chrome.open("/staff/cancel?id=" + call);
            chrome.assertNoViolations("cancel a call");
            click(chrome, "Cancel the call with " + client.name());
            chrome.assertNoViolations("cancel a call without a reason");
            chrome.open("/account/password");
            chrome.assertNoViolations("change password");
            click(chrome, "Change my password");
            chrome.assertNoViolations("change password with an error");
        }
    }
}
