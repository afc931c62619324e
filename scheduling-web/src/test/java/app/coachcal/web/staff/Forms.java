package app.coachcal.web.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.htmlunit.html.DomNode;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlSelect;

/**
 * Filling and submitting the staff console's forms in a browser without script, by field id and by the
 * label of the button, as a person reads it.
 *
 * <pre>{@code
 * Forms.fill(hours, "window-start", "09:00");
 * HtmlPage after = Forms.press(hours, "Add weekly hours");
 * assertThat(Forms.errorLinks(after)).containsExactly("#window-start");
 * }</pre>
 */
public final class Forms {

    private Forms() {
    }

    public static void fill(HtmlPage page, String id, String value) {
        page.getHtmlElementById(id).setAttribute("value", value);
    }

    public static void choose(HtmlPage page, String id, String optionValue) {
        HtmlSelect select = page.getHtmlElementById(id);
        select.setSelectedAttribute(optionValue, true);
    }

    /** Presses the submit button whose label is exactly {@code label}; returns the page after the redirect. */
    public static HtmlPage press(HtmlPage page, String label) {
        List<HtmlElement> buttons = page.getByXPath("//input[@type='submit' and @value=\"" + label + "\"]");
        assertThat(buttons).as("button \"%s\" on %s", label, page.getUrl()).isNotEmpty();
        try {
            return buttons.get(0).click();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The targets of the error summary's links, in order. */
    public static List<String> errorLinks(HtmlPage page) {
        return page.querySelectorAll("#error-summary a").stream()
                .map(link -> ((HtmlElement) link).getAttribute("href")).toList();
    }

    public static String errorSummary(HtmlPage page) {
        DomNode summary = page.querySelector("#error-summary");
        return summary == null ? "" : summary.asNormalizedText();
    }

    /** Checks the GOV.UK error pattern for one field: summary link, message beside it, aria-describedby. */
    public static void assertFieldError(HtmlPage page, String field, String message) {
        assertThat(page.getTitleText()).startsWith("Error: ");
        assertThat(errorLinks(page)).contains("#" + field);
        assertThat(page.getHtmlElementById(field + "-error").asNormalizedText()).contains(message);
        assertThat(page.getHtmlElementById(field).getAttribute("aria-describedby")).contains(field + "-error");
    }
}
