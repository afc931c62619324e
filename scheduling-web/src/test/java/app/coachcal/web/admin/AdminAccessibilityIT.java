package app.coachcal.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import app.coachcal.web.testsupport.Accessibility;
import app.coachcal.web.testsupport.Dates;
import app.coachcal.web.testsupport.People;
import app.coachcal.web.testsupport.Rows;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** axe-core (WCAG 2.2 AA) on every admin page in each of its states; the README's rules screenshot. */
class AdminAccessibilityIT {

    private final People.Coach coach = People.coach("Europe/London").weekdays("09:00", "12:00").create();
    private final People.Client client = coach.newClient("Europe/Paris");

    @AfterEach
    void restoreEveryRule() {
        Rows.update("UPDATE business_rule SET value = default_value WHERE value <> default_value");
    }

    private void click(Accessibility chrome, String value) {
        chrome.driver().findElement(By.xpath("//input[@type='submit' and @value=\"" + value + "\"]")).click();
    }

    private void type(Accessibility chrome, String id, String text) {
        chrome.driver().findElement(By.id(id)).clear();
        chrome.driver().findElement(By.id(id)).sendKeys(text);
    }

    @Test
    void every_admin_page_passes_axe_in_each_state() {
        client.api().book(Dates.start(Dates.mondayAhead(coach.zone(), 2), "10:00", coach.zone()));
        People.Coach next = People.coach("Europe/London").create();
        try (Accessibility chrome = Accessibility.start()) {
            chrome.signIn("admin@example.com");
            chrome.open("/admin/people?q=coach");
            chrome.assertNoViolations("people, searched");
            click(chrome, "Create the account");
            chrome.assertNoViolations("people, create with errors");
            assertThat(chrome.driver().switchTo().activeElement().getAttribute("id"))
                    .as("with script, the focus moves to the error summary").isEqualTo("error-summary");
            type(chrome, "zone", "london");
            click(chrome, "Create the account");
            chrome.assertNoViolations("people, create with a time zone that nearly matches");
            chrome.open("/admin/people?q=nobody-at-all");
            chrome.assertNoViolations("people, no match");

            chrome.open("/admin/person?id=" + coach.publicId());
            chrome.assertNoViolations("person");
            click(chrome, "Deactivate the coach role");
            chrome.assertNoViolations("person, future calls to confirm");
            click(chrome, "Cancel these calls and deactivate the coach role");
            chrome.assertNoViolations("person, reason missing");

            chrome.open("/admin/relationships");
            chrome.assertNoViolations("relationships");
            click(chrome, "Assign the coach");
            chrome.assertNoViolations("relationships with errors");
            chrome.open("/admin/relationships?confirm=1&client=" + client.publicId() + "&coach=" + next.publicId());
            chrome.assertNoViolations("relationships, calls to keep or cancel");

            chrome.open("/admin/rules");
            chrome.assertNoViolations("rules");
            type(chrome, "call_length", "5");
            click(chrome, "Save the business rules");
            chrome.assertNoViolations("rules with an error");
            type(chrome, "call_length", "60");
            type(chrome, "buffer", "10");
            click(chrome, "Save the business rules");
            chrome.assertNoViolations("rules saved, with history");
            chrome.screenshot(Path.of("target/screenshots/business-rules.png"));

            chrome.open("/admin/audit?coach=" + coach.publicId());
            chrome.assertNoViolations("audit");
            chrome.open("/admin/audit?from=yesterday");
            chrome.assertNoViolations("audit with an error");
        }
    }
}
