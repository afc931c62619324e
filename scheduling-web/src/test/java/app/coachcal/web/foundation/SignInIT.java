package app.coachcal.web.foundation;

import static org.assertj.core.api.Assertions.assertThat;

import app.coachcal.web.testsupport.Browser;
import app.coachcal.web.testsupport.People;
import app.coachcal.web.testsupport.Rows;
import org.htmlunit.WebResponse;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.http.Cookie;
import org.junit.jupiter.api.Test;

/** Signing in and out of the pages, in a browser that runs no script. */
class SignInIT {

    @Test
    void a_protected_page_leads_to_the_sign_in_form_and_back_after_signing_in() {
        try (Browser browser = new Browser()) {
            HtmlPage login = browser.open("/staff/");
            assertThat(login.getUrl().getPath()).isEqualTo("/login");

            login.getHtmlElementById("email").setAttribute("value", "coach.london@example.com");
            login.getHtmlElementById("password").setAttribute("value", Browser.DEMO_PASSWORD);
            HtmlPage staff = Browser.click(login, "sign-in-button");

            assertThat(staff.getUrl().getPath()).startsWith("/staff/");
            assertThat(staff.getTitleText()).startsWith("My week, week of ").endsWith(" – Coachcal");
            assertThat(staff.asNormalizedText()).contains("Signed in as coach.london@example.com");
        }
    }

    @Test
    void signing_in_from_a_page_that_asked_for_it_returns_to_that_page_with_its_query() {
        try (Browser browser = new Browser()) {
            HtmlPage login = browser.open("/book/?from=2030-01-07");
            assertThat(login.getUrl().getPath()).isEqualTo("/login");
            assertThat(login.getUrl().getQuery()).isEqualTo("next=%2Fbook%2F%3Ffrom%3D2030-01-07");

            login.getHtmlElementById("email").setAttribute("value", "client1@example.com");
            login.getHtmlElementById("password").setAttribute("value", Browser.DEMO_PASSWORD);
            HtmlPage book = Browser.click(login, "sign-in-button");

            assertThat(book.getUrl().getPath()).isEqualTo("/book/");
            assertThat(book.getUrl().getQuery()).isEqualTo("from=2030-01-07");
        }
    }

    @Test
    void a_sign_in_link_pointing_elsewhere_lands_on_the_start_page_never_on_another_site() {
        for (String attack : new String[] {"https%3A%2F%2Fevil.example%2F", "%2F%2Fevil.example%2F", "%2F%5Cevil.example",
                "%2F%09%2Fevil.example", "javascript%3Aalert(1)"}) {
            try (Browser browser = new Browser()) {
                HtmlPage login = browser.open("/login?next=" + attack);
                login.getHtmlElementById("email").setAttribute("value", "client1@example.com");
                login.getHtmlElementById("password").setAttribute("value", Browser.DEMO_PASSWORD);
                HtmlPage landed = Browser.click(login, "sign-in-button");

                assertThat(landed.getUrl().getHost()).as(attack).isEqualTo(login.getUrl().getHost());
                assertThat(landed.getUrl().getPath()).as(attack).startsWith("/calls/");
            }
        }
    }

    @Test
    void the_sign_in_page_has_no_sign_in_link_before_its_form() {
        try (Browser browser = new Browser()) {
            HtmlPage login = browser.open("/login");
            assertThat(login.querySelectorAll("a")).noneMatch(link -> link.asNormalizedText().equals("Sign in"));
            assertThat(browser.open("/").querySelectorAll(".sign-in-link a")).hasSize(1);
        }
    }

    @Test
    void a_wrong_password_and_an_unknown_address_get_the_same_message_linked_to_the_field() {
        try (Browser browser = new Browser()) {
            HtmlPage wrongPassword = browser.signIn("client1@example.com", "not-the-password");
            HtmlPage unknownAddress = browser.signIn("nobody@example.com", "not-the-password");

            for (HtmlPage page : new HtmlPage[] {wrongPassword, unknownAddress}) {
                assertThat(page.getTitleText()).isEqualTo("Error: Sign in – Coachcal");
                assertThat(page.getHtmlElementById("error-summary").asNormalizedText())
                        .contains("Enter a correct e-mail address and password.");
                assertThat(page.querySelector("#error-summary a").getAttributes().getNamedItem("href").getNodeValue())
                        .isEqualTo("#email");
                assertThat(page.getHtmlElementById("email").getAttribute("aria-describedby")).isEqualTo("email-error");
                assertThat(page.getHtmlElementById("password").getAttribute("value")).isEmpty();
            }
            assertThat(wrongPassword.getHtmlElementById("error-summary").asNormalizedText())
                    .isEqualTo(unknownAddress.getHtmlElementById("error-summary").asNormalizedText());
        }
    }

    @Test
    void signing_in_gives_a_new_session_id_and_signing_out_is_a_post_that_ends_the_session() {
        try (Browser browser = new Browser()) {
            browser.open("/login");
            String before = sessionId(browser);

            HtmlPage staff = browser.signIn("coach.la@example.com", Browser.DEMO_PASSWORD);
            assertThat(sessionId(browser)).isNotNull().isNotEqualTo(before);

            HtmlPage signedOut = Browser.click(staff, "sign-out-button");
            assertThat(signedOut.getUrl().getPath()).isEqualTo("/login");
            assertThat(signedOut.asNormalizedText()).contains("You have signed out.");
            assertThat(browser.open("/staff/").getUrl().getPath()).isEqualTo("/login");
        }
    }

    @Test
    void a_client_asking_for_an_admin_page_gets_403_not_the_page() {
        try (Browser browser = Browser.signedInAs("client5@example.com")) {
            HtmlPage forbidden = browser.open("/admin/rules");
            WebResponse response = forbidden.getWebResponse();

            assertThat(response.getStatusCode()).isEqualTo(403);
            assertThat(forbidden.getTitleText()).isEqualTo("You cannot see this page – Coachcal");
        }
    }

    @Test
    void a_change_of_roles_counts_from_the_next_request_of_a_signed_in_session() {
        People.Client client = People.coach("Europe/London").weekdays("09:00", "17:00").create().newClient("Europe/Paris");
        try (Browser browser = Browser.signedInAs(client.email())) {
            assertThat(browser.open("/calls/").getWebResponse().getStatusCode()).isEqualTo(200);
            assertThat(browser.open("/staff/").getWebResponse().getStatusCode()).isEqualTo(403);

            People.grant(client.id(), "coach");
            HtmlPage staff = browser.open("/staff/");
            assertThat(staff.getWebResponse().getStatusCode()).isEqualTo(200);
            assertThat(staff.asNormalizedText()).contains("Signed in as " + client.email());

            Rows.update("UPDATE user_role SET active = false WHERE user_id = ? AND role = 'client'", client.id());
            assertThat(browser.open("/calls/").getWebResponse().getStatusCode()).isEqualTo(403);
        }
    }

    @Test
    void signing_in_as_someone_else_in_the_same_browser_leaves_nothing_of_the_first() {
        try (Browser browser = Browser.signedInAs("coach.la@example.com")) {
            HtmlPage calls = browser.signIn("client2@example.com", Browser.DEMO_PASSWORD);

            assertThat(calls.getUrl().getPath()).startsWith("/calls/");
            assertThat(calls.asNormalizedText()).contains("Signed in as client2@example.com");
            assertThat(browser.open("/staff/").getWebResponse().getStatusCode()).isEqualTo(403);
        }
    }

    @Test
    void a_temporary_password_must_be_changed_even_when_someone_else_used_the_browser_before() {
        People.Client client = People.coach("Europe/London").weekdays("09:00", "17:00").create().newClient("Europe/Paris");
        Rows.update("UPDATE app_user SET must_change_password = true WHERE id = ?", client.id());
        try (Browser browser = Browser.signedInAs("client4@example.com")) {
            assertThat(browser.open("/calls/").getWebResponse().getStatusCode()).isEqualTo(200);

            HtmlPage landed = browser.signIn(client.email(), Browser.DEMO_PASSWORD);

            assertThat(landed.getUrl().getPath()).isEqualTo("/account/password");
            assertThat(browser.open("/calls/").getUrl().getPath()).isEqualTo("/account/password");
        }
    }

    @Test
    void a_failed_sign_in_leaves_nobody_signed_in() {
        try (Browser browser = Browser.signedInAs("client3@example.com")) {
            browser.signIn("client3@example.com", "not-the-password");

            assertThat(browser.open("/calls/").getUrl().getPath()).isEqualTo("/login");
        }
    }

    @Test
    void a_signed_in_page_says_that_the_session_ends_after_30_minutes_without_activity_as_the_container_keeps_it() {
        try (Browser browser = Browser.signedInAs("client6@example.com")) {
            assertThat(browser.open("/calls/").getHtmlElementById("idle-timeout").asNormalizedText())
                    .isEqualTo("You are signed out after 30 minutes without activity.");
        }
    }

    @Test
    void the_session_cookie_is_http_only_and_same_site() {
        try (Browser browser = new Browser()) {
            browser.open("/login");
            Cookie session = browser.client().getCookieManager().getCookie("JSESSIONID");

            assertThat(session).isNotNull();
            assertThat(session.isHttpOnly()).isTrue();
            assertThat(session.getSameSite()).isEqualToIgnoringCase("Lax");
        }
    }

    private static String sessionId(Browser browser) {
        Cookie cookie = browser.client().getCookieManager().getCookie("JSESSIONID");
        return cookie == null ? null : cookie.getValue();
    }
}
