package app.coachcal.web.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.htmlunit.html.DomNode;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlSubmitInput;

/**
 * What the client pages show, as a person reads it: button labels written the way the pages write them,
 * and pressing a button by its label.
 *
 * <pre>{@code
 * HtmlPage confirm = Slots.press(week, Slots.label("Book", start, client.zone()));
 * }</pre>
 */
final class Slots {

    private static final DateTimeFormatter SLOT = DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", Locale.UK);

    private Slots() {
    }

    /** "Book Tue 1 Dec, 09:00": what a slot's button says in the client's zone. */
    static String label(String verb, Instant start, ZoneId zone) {
        return verb + " " + SLOT.format(start.atZone(zone));
    }

    /** The labels of every submit button on the page, in order. */
    static List<String> buttons(HtmlPage page) {
        return page.querySelectorAll("input[type=submit]").stream()
                .map(node -> ((HtmlSubmitInput) node).getValueAttribute()).toList();
    }

    /** Presses the submit button whose label is {@code label} and returns the page it leads to. */
    static HtmlPage press(HtmlPage page, String label) {
        List<DomNode> matching = page.querySelectorAll("input[type=submit]").stream()
                .filter(node -> label.equals(((HtmlSubmitInput) node).getValueAttribute())).toList();
        assertThat(matching).as("a button \"%s\" among %s", label, buttons(page)).isNotEmpty();
        try {
            return ((HtmlSubmitInput) matching.get(0)).click();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The error summary's messages, each with the anchor it links to ("#from: Enter a real date..."). */
    static List<String> errors(HtmlPage page) {
        return page.querySelectorAll("#error-summary a").stream()
                .map(node -> node.getAttributes().getNamedItem("href").getNodeValue() + ": " + node.asNormalizedText())
                .toList();
    }
}
