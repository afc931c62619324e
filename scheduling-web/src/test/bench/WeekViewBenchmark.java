import java.io.File;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Time to show a week in Debian's Chromium against a running Coachcal with the demo data (run by
 * week-view.sh, not a test): with script, from the click on "Next week" / "Previous week" until the
 * next frame after the new week is in the page; without script, a full page load of /book/?from=...
 * (navigation start to load event end).
 *
 * Usage: java -cp CLASSPATH WeekViewBenchmark.java BASE_URL EMAIL PASSWORD ZONE
 */
public class WeekViewBenchmark {

    private static final String SWITCH = """
            var done = arguments[arguments.length - 1];
            var link = document.getElementById(arguments[0]);
            var target = arguments[1];
            var t0 = performance.now();
            link.click();
            (function check() {
              if (document.getElementById('day-' + target)) {
                requestAnimationFrame(function () { done(performance.now() - t0); });
              } else {
                setTimeout(check, 1);
              }
            }());
            """;

    public static void main(String[] args) throws Exception {
        String base = args[0];
        LocalDate monday = LocalDate.now(ZoneId.of(args[3])).with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
        ChromeDriver driver = chromium();
        try {
            driver.get(base + "/login");
            driver.findElement(By.id("email")).sendKeys(args[1]);
            driver.findElement(By.id("password")).sendKeys(args[2]);
            driver.findElement(By.id("sign-in-button")).click();
            JavascriptExecutor js = driver;

            List<Double> loads = new ArrayList<>();
            for (int week = 0; week < 8; week++) {
                driver.get(base + "/book/?from=" + monday.plusWeeks(week));
                loads.add(((Number) js.executeScript("var n = performance.getEntriesByType('navigation')[0];"
                        + " return n.loadEventEnd - n.startTime;")).doubleValue());
            }
            report("full page load of a week in Chromium (no script needed)", loads);

            driver.get(base + "/book/?from=" + monday);
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
            List<Double> switches = new ArrayList<>();
            for (int week = 1; week < 8; week++) {
                Thread.sleep(700); // a person looks at the week before clicking on
                switches.add(((Number) js.executeAsyncScript(SWITCH, "next-week", monday.plusWeeks(week).toString()))
                        .doubleValue());
            }
            for (int week = 6; week >= 0; week--) {
                Thread.sleep(300);
                switches.add(((Number) js.executeAsyncScript(SWITCH, "previous-week", monday.plusWeeks(week).toString()))
                        .doubleValue());
            }
            report("with script: click on next/previous week until the week is shown", switches);
            List<Double> immediate = new ArrayList<>();
            driver.get(base + "/book/?from=" + monday);
            for (int week = 1; week < 8; week++) {
                immediate.add(((Number) js.executeAsyncScript(SWITCH, "next-week", monday.plusWeeks(week).toString()))
                        .doubleValue());
            }
            report("with script: 7 clicks on next week as fast as possible right after the page load", immediate);
        } finally {
            driver.quit();
        }
    }

    private static ChromeDriver chromium() {
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions().setBinary("/usr/bin/chromium")
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--no-first-run", "--window-size=1280,900");
        return new ChromeDriver(service, options);
    }

    private static void report(String what, List<Double> millis) {
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        System.out.printf("%s:%n  each (ms): %s%n  median %.1f ms, max %.1f ms%n", what,
                millis.stream().map(m -> String.format("%.1f", m)).toList(), sorted.get(sorted.size() / 2),
                sorted.get(sorted.size() - 1));
    }
}
