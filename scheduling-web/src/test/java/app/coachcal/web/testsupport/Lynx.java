package app.coachcal.web.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The real text browser {@code lynx}, driven under {@code tmux} as a person at a keyboard would: every
 * link and form field is numbered ({@code DEFAULT_KEYPAD_MODE:LINKS_AND_FIELDS_ARE_NUMBERED}), so a link,
 * button or field is found on the screen by its label and reached by typing its number. Cookies are
 * accepted, so a sign-in lasts for the session. The screen is 400 lines tall, so a whole page fits. In a text
 * field every key is typed into the field, so a command there starts with Ctrl-V (lynx's "LKCMD").
 *
 * <pre>{@code
 * try (Lynx lynx = Lynx.open("/login")) {
 *     lynx.fill("E-mail address", "client1@example.com");
 *     lynx.fill("Password", "coachcal-demo");
 *     lynx.press("Sign in");
 *     lynx.waitFor("My calls");
 *     lynx.follow("Book a call");
 * }
 * }</pre>
 */
public final class Lynx implements AutoCloseable {

    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final Duration KEY_PAUSE = Duration.ofMillis(250);
    private static final Pattern NUMBER = Pattern.compile("\\[(\\d+)\\]");

    private final String session;
    private final Path config;
    /** Whether the cursor is in a text field, where every key is typed into the field unless Ctrl-V comes first. */
    private boolean inField;

    private Lynx(String session, Path config) {
        this.session = session;
        this.config = config;
    }

    /** Starts lynx on {@code path} of the shared test server and waits until the page is shown. */
    public static Lynx open(String path) {
        try {
            Path config = Files.createTempFile("coachcal-lynx", ".cfg");
            Files.writeString(config, String.join("\n", "INCLUDE:/etc/lynx/lynx.cfg",
                    "DEFAULT_KEYPAD_MODE:LINKS_AND_FIELDS_ARE_NUMBERED", "ACCEPT_ALL_COOKIES:TRUE",
                    "CHARACTER_SET:utf-8", ""), StandardCharsets.UTF_8);
            Lynx lynx = new Lynx("coachcal-lynx-" + UUID.randomUUID().toString().substring(0, 8), config);
            tmux("new-session", "-d", "-s", lynx.session, "-x", "160", "-y", "400",
                    "env LANG=C.UTF-8 lynx -cfg=" + config + " -accept_all_cookies -nopause '" + Http.uri(path) + "'");
            lynx.waitFor(" – Coachcal");
            return lynx;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Goes to {@code path} of the test server (the G)o command). */
    public void go(String path) {
        command("g");
        text(Http.uri(path).toString());
        keys("Enter");
        pause(Duration.ofMillis(500));
    }

    /** What lynx shows now, line by line, without trailing blanks. */
    public String screen() {
        return tmux("capture-pane", "-p", "-J", "-t", session);
    }

    /** Waits until the screen shows {@code text}; fails with the screen when it does not in time. */
    public String waitFor(String text) {
        Instant until = Instant.now().plus(PATIENCE);
        String screen = screen();
        while (!screen.contains(text)) {
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("lynx did not show \"" + text + "\"; it shows:\n" + screen);
            }
            pause(Duration.ofMillis(200));
            screen = screen();
        }
        return screen;
    }

    /** Follows the first link whose text starts with {@code label}. */
    public void follow(String label) {
        select(numberOf(label, false));
        pause(Duration.ofMillis(500));
    }

    /**
     * Presses the submit button labelled {@code label} (its value). Lynx shows links and buttons alike, so
     * this takes the last one with that label: a form's button comes after a navigation link of the same name.
     */
    public void press(String label) {
        select(numberOf(label, true));
        keys("Enter");
        pause(Duration.ofMillis(500));
    }

    /** Types {@code value} into the first field after the text {@code label}, replacing what was there. */
    public void fill(String label, String value) {
        String screen = screen();
        int at = screen.indexOf(label);
        if (at < 0) {
            throw new AssertionError("lynx shows no field labelled \"" + label + "\":\n" + screen);
        }
        Matcher number = NUMBER.matcher(screen);
        if (!number.find(at + label.length())) {
            throw new AssertionError("lynx shows no field after \"" + label + "\":\n" + screen);
        }
        select(number.group(1));
        keys("C-u");
        text(value);
        inField = true;
    }

    private String numberOf(String label, boolean last) {
        String screen = screen();
        Matcher link = Pattern.compile("\\[(\\d+)\\]" + Pattern.quote(label)).matcher(screen);
        String number = null;
        while (link.find()) {
            number = link.group(1);
            if (!last) {
                break;
            }
        }
        if (number == null) {
            throw new AssertionError("lynx shows no link or button \"" + label + "\":\n" + screen);
        }
        return number;
    }

    /** Types a link number and Enter: lynx moves to that field or button, or follows that link. */
    private void select(String number) {
        command(number);
        keys("Enter");
    }

    /** Types keys as a lynx command (not into a text field): Ctrl-V first when in a field. */
    private void command(String keys) {
        if (inField) {
            keys("C-v");
            inField = false;
        }
        text(keys);
    }

    private void text(String text) {
        tmux("send-keys", "-t", session, "-l", text);
        pause(KEY_PAUSE);
    }

    private void keys(String key) {
        tmux("send-keys", "-t", session, key);
        pause(KEY_PAUSE);
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String tmux(String... arguments) {
        List<String> command = new ArrayList<>(List.of("tmux"));
        command.addAll(List.of(arguments));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IllegalStateException("tmux " + String.join(" ", arguments) + " failed: " + out);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        try {
            tmux("kill-session", "-t", session);
        } catch (IllegalStateException alreadyGone) {
            // lynx quit on its own
        }
        try {
            Files.deleteIfExists(config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
