package app.coachcal.web.foundation;

import static org.assertj.core.api.Assertions.assertThat;

import app.coachcal.web.testsupport.Api;
import app.coachcal.web.testsupport.Browser;
import app.coachcal.web.testsupport.People;
import app.coachcal.web.testsupport.Rows;
import java.util.UUID;
import org.htmlunit.WebResponse;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;

/**
 * Failed sign-ins are throttled per account and per client address, on the pages and the API alike, with
 * the same answer whether or not the account exists (issue 11). Each test sends from its own loopback
 * address, so the other tests, which sign in from 127.0.0.1, are never locked out.
 */
class SignInThrottleIT {

    private static final int ACCOUNT_LIMIT = 5;

    @Test
    void five_wrong_passwords_lock_the_account_on_the_api_with_429_too_many_attempts_even_for_the_right_password() {
        String email = newClientEmail();
        try (Browser attacker = Browser.fromAnotherAddress()) {
            failFiveTimes(attacker, email);
            assertTooManyAttempts(attacker.makeApiToken(Api.basic(email + ":" + Api.PASSWORD)));
        }
        try (Browser owner = Browser.fromAnotherAddress()) {
            assertTooManyAttempts(owner.makeApiToken(Api.basic(email + ":" + Api.PASSWORD)));
        }
    }

    @Test
    void an_unknown_e_mail_is_locked_after_as_many_failures_with_the_same_answer_as_an_account() {
        String known = newClientEmail();
        String unknown = "nobody-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        try (Browser attacker = Browser.fromAnotherAddress()) {
            failFiveTimes(attacker, known);
            failFiveTimes(attacker, unknown);
            WebResponse forKnown = attacker.makeApiToken(Api.basic(known + ":" + Api.PASSWORD));
            WebResponse forUnknown = attacker.makeApiToken(Api.basic(unknown + ":" + Api.PASSWORD));

            assertTooManyAttempts(forUnknown);
            assertThat(withoutInstance(forUnknown)).isEqualTo(withoutInstance(forKnown));
        }
    }

    @Test
    void the_sign_in_page_answers_429_saying_when_to_try_again_for_a_locked_account_and_an_unknown_one() {
        String known = newClientEmail();
        String unknown = "nobody-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        try (Browser browser = Browser.fromAnotherAddress()) {
            for (String email : new String[] {known, unknown}) {
                for (int i = 0; i < ACCOUNT_LIMIT; i++) {
                    assertThat(browser.signIn(email, "wrong-password-" + i).getWebResponse().getStatusCode()).isEqualTo(200);
                }
                HtmlPage locked = browser.signIn(email, Browser.DEMO_PASSWORD);

                assertThat(locked.getWebResponse().getStatusCode()).as(email).isEqualTo(429);
                assertThat(Long.parseLong(locked.getWebResponse().getResponseHeaderValue("Retry-After"))).isBetween(1L, 900L);
                assertThat(locked.getTitleText()).isEqualTo("Error: Sign in – Coachcal");
                assertThat(locked.getHtmlElementById("error-summary").asNormalizedText())
                        .contains("Too many failed sign-ins for this account or from your network. Try again in 15 minutes, after ")
                        .endsWith(" UTC.");
                assertThat(locked.querySelector("#error-summary a").getAttributes().getNamedItem("href").getNodeValue())
                        .isEqualTo("#email");
                assertThat(browser.open("/calls/").getUrl().getPath()).isEqualTo("/login");
            }
        }
    }

    @Test
    void a_successful_sign_in_clears_the_failures_of_the_account() {
        String email = newClientEmail();
        try (Browser browser = Browser.fromAnotherAddress()) {
            for (int round = 0; round < 2; round++) {
                for (int i = 0; i < ACCOUNT_LIMIT - 1; i++) {
                    assertThat(browser.makeApiToken(Api.basic(email + ":wrong-password")).getStatusCode()).isEqualTo(401);
                }
                assertThat(browser.makeApiToken(Api.basic(email + ":" + Api.PASSWORD)).getStatusCode()).isEqualTo(201);
            }
        }
    }

    @Test
    void the_hundredth_failure_from_one_address_locks_that_address_for_every_account_and_no_other_address() {
        try (Browser crowd = Browser.fromAnotherAddress()) {
            Rows.update("INSERT INTO sign_in_failure (subject_kind, subject, failures, window_starts_at)"
                    + " VALUES ('address', ?, 99, now())", crowd.address());
            assertThat(crowd.makeApiToken(Api.basic("nobody-else@example.com:wrong-password")).getStatusCode())
                    .isEqualTo(401);

            assertTooManyAttempts(crowd.makeApiToken(Api.basic("client2@example.com:" + Api.PASSWORD)));
            assertThat(crowd.signIn("client2@example.com", Browser.DEMO_PASSWORD).getWebResponse().getStatusCode())
                    .isEqualTo(429);
        }
        assertThat(Api.as("client2@example.com").get(Api.APPOINTMENTS).statusCode()).isEqualTo(200);
    }

    @Test
    void a_wrong_password_takes_as_long_as_an_unknown_e_mail() {
        String email = newClientEmail();
        long[] wrong = new long[3];
        long[] unknown = new long[3];
        try (Browser browser = Browser.fromAnotherAddress()) {
            browser.makeApiToken(Api.basic("warm-up@example.com:wrong-password"));
            for (int i = 0; i < wrong.length; i++) {
                wrong[i] = millis(browser, email);
                unknown[i] = millis(browser, "nobody-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com");
            }
        }
        long wrongMedian = median(wrong);
        long unknownMedian = median(unknown);
        assertThat((double) unknownMedian / wrongMedian).as("unknown %d ms, wrong password %d ms", unknownMedian, wrongMedian)
                .isBetween(0.6, 1.6);
    }

    private static long millis(Browser browser, String email) {
        long started = System.nanoTime();
        assertThat(browser.makeApiToken(Api.basic(email + ":wrong-password")).getStatusCode()).isEqualTo(401);
        return (System.nanoTime() - started) / 1_000_000;
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static void failFiveTimes(Browser browser, String email) {
        for (int i = 0; i < ACCOUNT_LIMIT; i++) {
            assertThat(browser.makeApiToken(Api.basic(email + ":wrong-password-" + i)).getStatusCode())
                    .as("failure %d", i + 1).isEqualTo(401);
        }
    }

    private static void assertTooManyAttempts(WebResponse answer) {
        assertThat(answer.getStatusCode()).isEqualTo(429);
        assertThat(answer.getContentType()).isEqualTo("application/problem+json");
        assertThat(answer.getContentAsString()).contains("\"type\":\"https://coachcal.app/problems/too-many-attempts\"");
        assertThat(Long.parseLong(answer.getResponseHeaderValue("Retry-After"))).isBetween(1L, 900L);
        assertThat(answer.getResponseHeaderValue("WWW-Authenticate")).isNull();
    }

    private static String withoutInstance(WebResponse answer) {
        return answer.getContentAsString().replaceAll("\"instance\":\"[^\"]*\"", "");
    }

    private static String newClientEmail() {
        return People.coach("Europe/London").weekdays("09:00", "17:00").create().newClient("Europe/Paris").email();
    }
}
