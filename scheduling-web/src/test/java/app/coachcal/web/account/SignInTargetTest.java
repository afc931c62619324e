package app.coachcal.web.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SignInTargetTest {

    @Test
    void a_page_of_this_site_is_returned_to_with_its_query() {
        assertThat(SignInTarget.safe("/book/")).hasValue("/book/");
        assertThat(SignInTarget.safe("/book/?from=2026-12-07")).hasValue("/book/?from=2026-12-07");
        assertThat(SignInTarget.safe("/admin/person?id=5f0c2f5e-4d1a-4c55-9f4e-0b6e8a6f2b11"))
                .hasValue("/admin/person?id=5f0c2f5e-4d1a-4c55-9f4e-0b6e8a6f2b11");
    }

    @Test
    void an_address_elsewhere_is_never_followed() {
        for (String attack : new String[] {"https://evil.example/", "//evil.example/", "/\\evil.example",
                "\\\\evil.example", "/\t/evil.example", "/\n/evil.example", "javascript:alert(1)", "evil.example",
                "http:/evil.example", " /book/", "/book/#x", "/\u3000/evil.example", "/%", "/" + "a".repeat(2000)}) {
            assertThat(SignInTarget.safe(attack)).as(attack).isEmpty();
        }
    }

    @Test
    void the_sign_in_and_sign_out_addresses_and_the_api_are_not_targets() {
        for (String loop : new String[] {"/login", "/login?next=/book/", "/login.xhtml", "/signout", "/api/v1/appointments"}) {
            assertThat(SignInTarget.safe(loop)).as(loop).isEmpty();
        }
    }

    @Test
    void nothing_means_nowhere() {
        assertThat(SignInTarget.safe(null)).isEmpty();
        assertThat(SignInTarget.safe("")).isEmpty();
    }
}
