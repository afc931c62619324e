package app.coachcal.persistence.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordRulesTest {

    @Test
    void twelve_to_128_characters_of_any_kind_are_accepted_counting_characters_not_bytes() {
        assertThat(PasswordRules.refusal("correct horse", "new")).isEmpty();
        assertThat(PasswordRules.refusal("🙂".repeat(12), "new")).isEmpty();
        assertThat(PasswordRules.refusal("x".repeat(128), "new")).isEmpty();
    }

    @Test
    void shorter_and_longer_passwords_are_refused_with_the_bounds() {
        for (String wanted : new String[] {null, "", "eleven-char", "x".repeat(129)}) {
            assertThat(PasswordRules.refusal(wanted, "temporary")).as(String.valueOf(wanted))
                    .contains("Enter a temporary password of 12 to 128 characters.");
        }
    }

    @Test
    void a_common_password_is_refused_whatever_its_letter_case() {
        for (String wanted : new String[] {"qwerty123456", "QWERTY123456", "LeaveMeAlone", "1q2w3e4r5t6y"}) {
            assertThat(PasswordRules.refusal(wanted, "new")).as(wanted).hasValueSatisfying(
                    refusal -> assertThat(refusal).startsWith("This is one of the most common passwords"));
        }
    }

    @Test
    void the_demo_password_is_not_on_the_list() {
        assertThat(PasswordRules.refusal("coachcal-demo-password", "new")).isEmpty();
    }
}
