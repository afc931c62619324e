package app.coachcal.web.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium, headless, driven by its own chromedriver (never a
 * downloaded browser), to run axe-core on pages in each of their states and to
 * take screenshots for the README.
 *
 * <pre>{@code
 * try (Accessibility chrome = Accessibility.start()) {
 *     chrome.signIn("client1@example.com");
 *     chrome.open("/calls/");
 *     chrome.assertNoViolations("My calls");
 * }
 * }</pre>
 */
public final class Accessibility implements AutoCloseable {

    /** WCAG 2.0, 2.1 and 2.2, levels A and AA. */
    private static final List<String> WCAG_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private final ChromeDriver driver;

    private Accessibility(ChromeDriver driver) {
        this.driver = driver;
    }

    public static Accessibility start() {
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("coachcal.chromedriver", "/usr/bin/chromedriver")).toFile())
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions()
                .setBinary(System.getProperty("coachcal.chromium", "/usr/bin/chromium"))
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-quic", "--no-first-run", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--window-size=1280,900");
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return new Accessibility(driver);
    }

    public void open(String path) {
        driver.get(Http.uri(path).toString());
    }

    public void signIn(String email) {
        open("/login");
        driver.findElement(By.id("email")).sendKeys(email);
        driver.findElement(By.id("password")).sendKeys(Browser.DEMO_PASSWORD);
        driver.findElement(By.id("sign-in-button")).click();
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Runs axe-core on the page as it is now; fails listing every violation. */
    public void assertNoViolations(String state) {
        Results results = new AxeBuilder().withTags(WCAG_AA).analyze(driver);
        assertThat(results.getViolations()).as("axe-core violations on %s (%s):%n%s", driver.getCurrentUrl(), state,
                describe(results.getViolations())).isEmpty();
    }

    public void screenshot(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String describe(List<Rule> violations) {
        return violations.stream().map(rule -> "- " + rule.getId() + ": " + rule.getHelp() + " at "
                        + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining(System.lineSeparator()));
    }

    @Override
    public void close() {
        driver.quit();
    }
}
