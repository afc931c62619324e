package app.coachcal.web.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import app.coachcal.web.testsupport.Browser;
import app.coachcal.web.testsupport.CoachcalServer;
import app.coachcal.web.testsupport.Dates;
import app.coachcal.web.testsupport.Json;
import app.coachcal.web.testsupport.People;
import app.coachcal.web.testsupport.TableFingerprints;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.htmlunit.Page;
import org.htmlunit.WebRequest;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlSubmitInput;
import org.htmlunit.util.NameValuePair;
import org.junit.jupiter.api.Test;

/**
 * Every form of the client, staff and admin pages, posted by hand by a signed-in person with a valid view
 * state but with one of its fields left out (the form's own marker, an id, a date...): the answer is a 4xx
 * page or the form again with its error summary, never a half-empty 200, and nothing is written.
 */
class HandMadePostbacksIT {

    private static final String VIEW_STATE = "jakarta.faces.ViewState";

    private final People.Coach coach = People.coach("Europe/London").weekdays("09:00", "17:00").create();
    private final People.Client client = coach.newClient("Europe/London");
    private final LocalDate monday = Dates.mondayAhead(coach.zone(), 3);

    /** What came back for each form posted without each of its fields that did not say what was wrong. */
    private static List<String> halfEmptyAnswers(Browser browser, String path) {
        List<String> wrong = new ArrayList<>();
        HtmlPage page = browser.open(path);
        assertThat(page.getWebResponse().getStatusCode()).as(path).isEqualTo(200);
        for (int f = 0; f < page.getForms().size(); f++) {
            if (page.getForms().get(f).getInputsByName(VIEW_STATE).isEmpty()) {
                continue;
            }
            for (NameValuePair field : request(page.getForms().get(f)).getRequestParameters()) {
                if (field.getName().equals(VIEW_STATE)) {
                    continue;
                }
                WebRequest without = request(browser.open(path).getForms().get(f));
                List<NameValuePair> fields = new ArrayList<>(without.getRequestParameters());
                fields.removeIf(pair -> pair.getName().equals(field.getName()));
                without.setRequestParameters(fields);
                Page answer = send(browser, without);
                int status = answer.getWebResponse().getStatusCode();
                boolean saysWhy = answer instanceof HtmlPage html && html.querySelector("#error-summary") != null;
                if (status < 400 && !saysWhy) {
                    wrong.add(path + " form " + page.getForms().get(f).getId() + " without " + field.getName()
                            + ": " + status);
                }
            }
        }
        return wrong;
    }

    private static WebRequest request(HtmlForm form) {
        List<HtmlSubmitInput> buttons = form.getByXPath(".//input[@type='submit']");
        return form.getWebRequest(buttons.isEmpty() ? null : buttons.get(0));
    }

    private static Page send(Browser browser, WebRequest request) {
        try {
            return browser.client().getPage(request);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> fingerprints() {
        return TableFingerprints.of(CoachcalServer.shared().database().dataSource());
    }

    @Test
    void a_client_form_without_one_of_its_fields_is_refused_and_writes_nothing() {
        String call = Json.parse(client.api().book(Dates.start(monday, "09:00", coach.zone())).body()).text("id");
        String start = Dates.start(monday.plusDays(1), "10:00", coach.zone());
        try (Browser browser = Browser.signedInAs(client.email())) {
            Map<String, String> before = fingerprints();
            List<String> wrong = new ArrayList<>();

            wrong.addAll(halfEmptyAnswers(browser, "/book/confirm?start=" + start));
            wrong.addAll(halfEmptyAnswers(browser, "/calls/cancel?id=" + call));
            wrong.addAll(halfEmptyAnswers(browser, "/calls/move-to?id=" + call + "&start=" + start));

            assertThat(wrong).isEmpty();
            assertThat(fingerprints()).isEqualTo(before);
        }
    }

    @Test
    void a_staff_or_admin_form_without_one_of_its_fields_is_refused_and_writes_nothing() {
        String call = Json.parse(client.api().book(Dates.start(monday, "11:00", coach.zone())).body()).text("id");
        People.Admin admin = People.admin("Europe/London");
        List<String> wrong = new ArrayList<>();
        Map<String, String> before;
        try (Browser staff = Browser.signedInAs(coach.email()); Browser console = Browser.signedInAs(admin.email())) {
            before = fingerprints();

            wrong.addAll(halfEmptyAnswers(staff, "/staff/hours"));
            wrong.addAll(halfEmptyAnswers(staff, "/staff/cancel?id=" + call));
            wrong.addAll(halfEmptyAnswers(staff, "/staff/hours-confirm?kind=add-window&day=3&start=09:00&end=12:00"));
            wrong.addAll(halfEmptyAnswers(console, "/admin/people"));
            wrong.addAll(halfEmptyAnswers(console, "/admin/person?id=" + coach.publicId()));
            wrong.addAll(halfEmptyAnswers(console, "/admin/relationships"));
            wrong.addAll(halfEmptyAnswers(console, "/admin/rules"));
        }
        assertThat(wrong).isEmpty();
        assertThat(fingerprints()).isEqualTo(before);
    }
}
