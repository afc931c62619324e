package app.coachcal.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import app.coachcal.web.staff.Forms;
import app.coachcal.web.testsupport.Browser;
import app.coachcal.web.testsupport.Dates;
import app.coachcal.web.testsupport.People;
import app.coachcal.web.testsupport.Rows;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;

/** People, accounts with temporary passwords, deactivation, relationships and the audit, with script off. */
class AdminPagesIT {

    private static final String ADMIN = "admin@example.com";

    private final People.Coach coach = People.coach("Europe/London").weekdays("09:00", "12:00").create();
    private final People.Client client = coach.newClient("Europe/Paris");
    private final LocalDate monday = Dates.mondayAhead(coach.zone(), 2);

    private void book() {
        assertThat(client.api().book(Dates.start(monday, "10:00", coach.zone())).statusCode()).isEqualTo(201);
    }

    @Test
    void admin_index_leads_to_people_and_search_finds_by_part_of_name_or_address() {
        try (Browser browser = Browser.signedInAs(ADMIN)) {
            HtmlPage people = browser.open("/admin/");
            assertThat(people.getUrl().getPath()).isEqualTo("/admin/people");
            assertThat(people.getTitleText()).isEqualTo("People – Coachcal");

            HtmlPage byName = browser.open("/admin/people?q=" + coach.name().substring(6).toUpperCase());
            assertThat(byName.getHtmlElementById("people").asNormalizedText()).contains(coach.email()).doesNotContain("admin@example.com");
            HtmlPage byMail = browser.open("/admin/people?q=client.kolkata%25");
            assertThat(byMail.getElementById("no-results")).isNotNull();
            assertThat(browser.open("/admin/people?q=coach.kolkata").asNormalizedText()).contains("Kavya Iyer");
        }
    }

    @Test
    void creating_an_account_reports_every_bad_field_at_once_then_forces_a_new_password_at_first_sign_in() {
        String email = "new-coach-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        try (Browser browser = Browser.signedInAs(ADMIN)) {
            HtmlPage form = browser.open("/admin/people");
            Forms.fill(form, "name", " ");
            Forms.fill(form, "email", "not-an-address");
            HtmlPage refused = Forms.press(form, "Create the account");
            assertThat(Forms.errorLinks(refused)).as("every bad field at once, in the form's order")
                    .containsExactly("#name", "#email", "#zone", "#password");
            Forms.assertFieldError(refused, "zone", "Enter a time zone, like Europe/London");

            String[][] cases = {
                {"Nina New", "not-an-address", "Europe/London", "a-long-password", "email"},
                {"Nina New", email, "GMT+1", "a-long-password", "zone"},
                {"Nina New", email, "Europe/London", "short", "password"},
                {"Nina New", "coach.la@example.com", "Europe/London", "a-long-password", "email"},
            };
            for (String[] bad : cases) {
                HtmlPage page = browser.open("/admin/people");
                Forms.fill(page, "name", bad[0]);
                Forms.fill(page, "email", bad[1]);
                Forms.fill(page, "zone", bad[2]);
                Forms.fill(page, "password", bad[3]);
                HtmlPage after = Forms.press(page, "Create the account");
                assertThat(Forms.errorLinks(after)).as(bad[4]).containsExactly("#" + bad[4]);
                assertThat(after.getHtmlElementById("password").getAttribute("value")).isEmpty();
            }
            assertThat(Rows.count("SELECT count(*) FROM app_user WHERE email = ?", email)).isZero();

            HtmlPage page = browser.open("/admin/people");
            Forms.fill(page, "name", "Nina New");
            Forms.fill(page, "email", email);
            Forms.fill(page, "zone", "America/Chicago");
            Forms.choose(page, "role", "coach");
            Forms.fill(page, "password", "temporary-secret-1");
            HtmlPage person = Forms.press(page, "Create the account");
            assertThat(person.getTitleText()).isEqualTo("Nina New – Coachcal");
            assertThat(person.getHtmlElementById("notice").asNormalizedText()).startsWith("Account created.");
            assertThat(person.getHtmlElementById("roles").asNormalizedText()).contains("coach\tActive");
        }
        try (Browser nina = new Browser()) {
            HtmlPage forced = nina.signIn(email, "temporary-secret-1");
            assertThat(forced.getUrl().getPath()).isEqualTo("/account/password");
            assertThat(nina.open("/staff/hours").getUrl().getPath()).isEqualTo("/account/password");

            Forms.fill(forced, "current", "temporary-secret-1");
            Forms.fill(forced, "new-password", "short");
            Forms.fill(forced, "repeat", "short");
            Forms.assertFieldError(Forms.press(forced, "Change my password"), "new-password", "Enter a new password of 12");

            HtmlPage again = nina.open("/account/password");
            Forms.fill(again, "current", "temporary-secret-1");
            Forms.fill(again, "new-password", "ninas-own-password");
            Forms.fill(again, "repeat", "ninas-own-password");
            HtmlPage week = Forms.press(again, "Change my password");
            assertThat(week.getUrl().getPath()).isEqualTo("/staff/");
            assertThat(week.getTitleText()).startsWith("My week, week of ");
            assertThat(week.getHtmlElementById("password-changed").asNormalizedText()).isEqualTo("Your password is changed.");
        }
        assertThat(Rows.value(Boolean.class, "SELECT must_change_password FROM app_user WHERE email = ?", email)).isFalse();
    }

    @Test
    void deactivating_a_coach_with_a_future_call_shows_it_and_cancels_it_only_with_a_reason() {
        book();
        try (Browser browser = Browser.signedInAs(ADMIN)) {
            HtmlPage person = browser.open("/admin/person?id=" + coach.publicId());
            HtmlPage confirm = Forms.press(person, "Deactivate the coach role");

            assertThat(confirm.getUrl().getQuery()).contains("confirm=coach");
            assertThat(confirm.getHtmlElementById("pending").asNormalizedText()).contains(client.name()).contains("10:00");
            assertThat(Rows.value(Boolean.class, "SELECT active FROM user_role WHERE user_id = ? AND role = 'coach'", coach.id())).isTrue();

            HtmlPage refused = Forms.press(confirm, "Cancel these calls and deactivate the coach role");
            Forms.assertFieldError(refused, "reason", "Enter a reason for cancelling");

            Forms.fill(refused, "reason", "Your coach has left; an admin will assign a new one.");
            HtmlPage done = Forms.press(refused, "Cancel these calls and deactivate the coach role");
            assertThat(done.getHtmlElementById("notice").asNormalizedText()).isEqualTo("The coach role is deactivated.");
            assertThat(done.getHtmlElementById("roles").asNormalizedText()).contains("coach\tInactive");
            assertThat(Rows.row("SELECT status::text, cancel_reason FROM appointment WHERE client_id = ?", client.id()))
                    .containsExactly("cancelled", "Your coach has left; an admin will assign a new one.");

            HtmlPage back = Forms.press(done, "Reactivate the coach role");
            assertThat(back.getHtmlElementById("roles").asNormalizedText()).contains("coach\tActive");
        }
    }

    @Test
    void the_last_active_admin_cannot_deactivate_their_admin_role() {
        assertThat(Rows.count("SELECT count(*) FROM user_role WHERE role = 'admin' AND active")).isEqualTo(1);
        UUID admin = Rows.value(UUID.class, "SELECT public_id FROM app_user WHERE email = ?", ADMIN);
        try (Browser browser = Browser.signedInAs(ADMIN)) {
            HtmlPage refused = Forms.press(browser.open("/admin/person?id=" + admin), "Deactivate the admin role");

            assertThat(Forms.errorSummary(refused)).contains("This is the last active admin");
            assertThat(Forms.errorLinks(refused)).containsExactly("#main");
        }
        assertThat(Rows.count("SELECT count(*) FROM user_role WHERE role = 'admin' AND active")).isEqualTo(1);
    }

    @Test
    void reassigning_a_client_lists_future_calls_and_keeping_them_starts_the_new_coach_after_the_last() {
        book();
        People.Coach next = People.coach("Europe/London").weekdays("09:00", "12:00").create();
        try (Browser browser = Browser.signedInAs(ADMIN)) {
            HtmlPage page = browser.open("/admin/relationships");
            assertThat(page.getTitleText()).isEqualTo("Relationships – Coachcal");
            Forms.choose(page, "client", client.publicId().toString());
            HtmlPage refused = Forms.press(page, "Assign the coach");
            assertThat(Forms.errorLinks(refused)).containsExactly("#coach");

            page = browser.open("/admin/relationships");
            Forms.choose(page, "client", client.publicId().toString());
            Forms.choose(page, "coach", next.publicId().toString());
            HtmlPage confirm = Forms.press(page, "Assign the coach");
            assertThat(confirm.getHtmlElementById("pending").asNormalizedText()).contains(client.name() + " with " + coach.name());

            HtmlPage kept = Forms.press(confirm, "Reassign and keep these calls");
            assertThat(kept.getHtmlElementById("notice").asNormalizedText()).contains("kept");
        }
        Instant callEnd = Dates.instant(monday, "11:00", coach.zone());
        assertThat(Rows.value(java.time.OffsetDateTime.class, "SELECT ends_at FROM coaching_relationship WHERE client_id = ? AND coach_id = ?",
                client.id(), coach.id()).toInstant()).isEqualTo(callEnd);
        assertThat(Rows.value(java.time.OffsetDateTime.class, "SELECT starts_at FROM coaching_relationship WHERE client_id = ? AND coach_id = ?",
                client.id(), next.id()).toInstant()).isEqualTo(callEnd);
        assertThat(Rows.count("SELECT count(*) FROM appointment WHERE client_id = ? AND status = 'booked'", client.id())).isEqualTo(1);
    }

    @Test
    void reassigning_a_client_without_future_calls_switches_coach_at_once() {
        People.Coach next = People.coach("Asia/Kolkata").weekdays("09:00", "12:00").create();
        try (Browser browser = Browser.signedInAs(ADMIN)) {
            HtmlPage page = browser.open("/admin/relationships");
            Forms.choose(page, "client", client.publicId().toString());
            Forms.choose(page, "coach", coach.publicId().toString());
            Forms.assertFieldError(Forms.press(page, "Assign the coach"), "coach", "already the client's coach");

            page = browser.open("/admin/relationships");
            Forms.choose(page, "client", client.publicId().toString());
            Forms.choose(page, "coach", next.publicId().toString());
            HtmlPage done = Forms.press(page, "Assign the coach");

            assertThat(done.getHtmlElementById("notice").asNormalizedText()).isEqualTo("The coach is assigned.");
            assertThat(done.getHtmlElementById("relationships").asNormalizedText())
                    .contains(client.name() + "\t" + client.email() + "\t" + next.name());
        }
        assertThat(Rows.count("SELECT count(*) FROM coaching_relationship WHERE client_id = ? AND period @> now()",
                client.id())).isEqualTo(1);
        assertThat(Rows.value(Long.class, "SELECT coach_id FROM coaching_relationship WHERE client_id = ? AND period @> now()",
                client.id())).isEqualTo(next.id());
    }

    @Test
    void reassigning_and_cancelling_the_calls_switches_coach_now() {
        book();
        People.Coach next = People.coach("Europe/London").weekdays("09:00", "12:00").create();
        try (Browser browser = Browser.signedInAs(ADMIN)) {
            HtmlPage confirm = browser.open("/admin/relationships?confirm=1&client=" + client.publicId() + "&coach=" + next.publicId());
            HtmlPage refused = Forms.press(confirm, "Reassign and cancel these calls");
            Forms.assertFieldError(refused, "reason", "Enter a reason for cancelling");
            Forms.fill(refused, "reason", "Your new coach is " + next.name());
            HtmlPage done = Forms.press(refused, "Reassign and cancel these calls");
            assertThat(done.getHtmlElementById("relationships").asNormalizedText()).contains(client.name() + "\t" + client.email() + "\t" + next.name());
        }
        assertThat(Rows.value(String.class, "SELECT cancel_reason FROM appointment WHERE client_id = ?", client.id()))
                .isEqualTo("Your new coach is " + next.name());
    }

    @Test
    void the_audit_lists_who_did_what_to_which_call_filtered_by_coach_client_and_date() {
        book();
        try (Browser browser = Browser.signedInAs(ADMIN)) {
            HtmlPage all = browser.open("/admin/audit?coach=" + coach.publicId());
            assertThat(all.getTitleText()).isEqualTo("Audit – Coachcal");
            String table = all.getHtmlElementById("audit").asNormalizedText();
            assertThat(table).contains("created\t" + coach.name() + "\t" + client.name() + "\t" + client.name());
            assertThat(all.querySelectorAll("#audit tbody tr")).hasSize(1);

            HtmlPage otherClient = browser.open("/admin/audit?coach=" + coach.publicId() + "&client="
                    + Rows.value(UUID.class, "SELECT public_id FROM app_user WHERE email = 'client1@example.com'"));
            assertThat(otherClient.getElementById("no-entries")).isNotNull();
            HtmlPage yesterday = browser.open("/admin/audit?coach=" + coach.publicId() + "&to=" + LocalDate.now().minusDays(2));
            assertThat(yesterday.getElementById("no-entries")).isNotNull();

            HtmlPage bad = browser.open("/admin/audit?from=31.12.2026&coach=nobody");
            assertThat(Forms.errorLinks(bad)).containsExactly("#coach", "#from");
        }
    }
}
