package app.coachcal.web.client;

import static org.assertj.core.api.Assertions.assertThat;

import app.coachcal.web.testsupport.Accessibility;
import app.coachcal.web.testsupport.Dates;
import app.coachcal.web.testsupport.People;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** With script on (Chromium), the week view switches weeks without a page load and the URL follows. */
class WeekScriptIT {

    private static final DateTimeFormatter WEEK_OF = DateTimeFormatter.ofPattern("d MMM", Locale.UK);

    private final People.Coach coach = People.coach("Europe/London").weekdays("09:00", "17:00").create();
    private final People.Client client = coach.newClient("Asia/Kolkata");
    private final LocalDate monday = Dates.mondayAhead(client.zone(), 2);

    @Test
    void next_and_previous_week_show_without_a_page_load_and_back_and_reload_work() {
        LocalDate next = monday.plusWeeks(1);
        try (Accessibility chrome = Accessibility.start()) {
            ChromeDriver driver = chrome.driver();
            chrome.signIn(client.email());
            chrome.open("/book/?from=" + monday);
            ((JavascriptExecutor) driver).executeScript("window.coachcalSamePage = true;");
            waitForPrefetchOf(driver, next);

            driver.findElement(By.id("next-week")).click();

            assertThat(driver.getCurrentUrl()).endsWith("/book/?from=" + next);
            assertThat(samePage(driver)).as("no page load").isTrue();
            assertThat(driver.getTitle()).isEqualTo("Book a call, week of " + WEEK_OF.format(next) + " – Coachcal");
            assertThat(driver.findElements(By.id("day-" + next))).hasSize(1);
            List<String> scripted = labels(driver);
            Instant nine = Dates.instant(next.plusDays(1), "09:00", coach.zone());
            assertThat(scripted).contains(Slots.label("Book", nine, client.zone()));

            driver.findElement(By.id("previous-week")).click();
            assertThat(driver.getCurrentUrl()).endsWith("/book/?from=" + monday);
            assertThat(samePage(driver)).isTrue();
            assertThat(driver.findElements(By.id("day-" + monday))).hasSize(1);

            driver.navigate().back();
            new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> d.getCurrentUrl().endsWith("from=" + next));
            assertThat(driver.findElements(By.id("day-" + next))).hasSize(1);

            driver.navigate().refresh();
            assertThat(samePage(driver)).as("a reload is a real page load").isFalse();
            assertThat(driver.findElements(By.id("day-" + next))).hasSize(1);
            assertThat(labels(driver)).as("the server renders the same buttons as the script").isEqualTo(scripted);
        }
    }

    @Test
    void a_slot_rendered_by_the_script_is_the_same_form_to_the_confirmation_step() {
        LocalDate next = monday.plusWeeks(1);
        Instant nine = Dates.instant(next.plusDays(2), "09:00", coach.zone());
        try (Accessibility chrome = Accessibility.start()) {
            ChromeDriver driver = chrome.driver();
            chrome.signIn(client.email());
            chrome.open("/book/?from=" + monday);
            waitForPrefetchOf(driver, next);
            driver.findElement(By.id("next-week")).click();

            driver.findElement(By.cssSelector("input[type=submit][value='" + Slots.label("Book", nine, client.zone()) + "']"))
                    .click();

            new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getTitle().startsWith("Confirm your call"));
            assertThat(driver.findElement(By.id("start")).getText()).contains(Slots.label("Book", nine, client.zone())
                    .substring("Book ".length()));
            driver.findElement(By.id("book-button")).click();
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getTitle().startsWith("My calls"));
            assertThat(driver.findElement(By.id("notice")).getText()).startsWith("Your call is booked: ");
        }
    }

    private static void waitForPrefetchOf(ChromeDriver driver, LocalDate week) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "return performance.getEntriesByType('resource').some(e => e.name.includes('availability?from="
                        + week + "') && e.responseEnd > 0);"));
    }

    private static boolean samePage(ChromeDriver driver) {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript("return window.coachcalSamePage === true;"));
    }

    private static List<String> labels(ChromeDriver driver) {
        return driver.findElements(By.cssSelector("#week-days input[type=submit]")).stream()
                .map((WebElement button) -> button.getAttribute("value")).toList();
    }
}
