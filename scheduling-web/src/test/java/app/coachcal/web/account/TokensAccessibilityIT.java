package app.coachcal.web.account;

import app.coachcal.web.testsupport.Accessibility;
import app.coachcal.web.testsupport.People;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** axe-core (WCAG 2.2 AA) on {@code /account/tokens} in each of its states. */
class TokensAccessibilityIT {

    private void click(Accessibility chrome, String value) {
        chrome.driver().findElement(By.xpath("//input[@type='submit' and @value=\"" + value + "\"]")).click();
    }

    @Test
    void the_tokens_page_passes_axe_in_each_state() {
        People.Client client = People.coach("Europe/London").weekdays("09:00", "12:00").create().newClient("Europe/Berlin");
        try (Accessibility chrome = Accessibility.start()) {
            chrome.signIn(client.email());
            chrome.open("/account/tokens");
            chrome.assertNoViolations("API tokens, none yet");
            click(chrome, "Create token");
            chrome.assertNoViolations("API tokens, name missing");
            chrome.driver().findElement(By.id("token-name")).sendKeys("laptop");
            click(chrome, "Create token");
            chrome.assertNoViolations("API tokens, new token shown once");
            click(chrome, "Revoke token laptop");
            chrome.assertNoViolations("API tokens, token revoked");
        }
    }
}
