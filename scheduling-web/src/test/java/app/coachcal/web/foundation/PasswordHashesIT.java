package app.coachcal.web.foundation;

import static org.assertj.core.api.Assertions.assertThat;

import app.coachcal.web.testsupport.Api;
import app.coachcal.web.testsupport.Browser;
import app.coachcal.web.testsupport.People;
import app.coachcal.web.testsupport.Rows;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.junit.jupiter.api.Test;

/** Stored password hashes carry their parameters; old ones still sign in and are made again (issue 11). */
class PasswordHashesIT {

    private static final String CURRENT = "PBKDF2WithHmacSHA256:600000:";

    @Test
    void the_demo_accounts_are_hashed_with_600000_iterations_of_pbkdf2_sha256() {
        assertThat(Rows.value(String.class, "SELECT password_hash FROM app_user WHERE email = 'admin@example.com'"))
                .startsWith(CURRENT);
    }

    /** The API takes the password only where a token is made. */
    private static int makeToken(String email, String password) {
        return Api.basicAs(email, password).post(Api.TOKENS, "{\"name\":\"rehash\"}").statusCode();
    }

    @Test
    void an_account_with_an_old_2048_iteration_hash_makes_an_api_token_and_then_carries_a_600000_iteration_hash() {
        People.Client client = People.coach("Europe/London").weekdays("09:00", "17:00").create().newClient("Europe/Paris");
        Rows.update("UPDATE app_user SET password_hash = ? WHERE id = ?", oldHash(Api.PASSWORD), client.id());

        assertThat(makeToken(client.email(), "not-the-password")).isEqualTo(401);
        assertThat(storedHash(client.id())).startsWith("PBKDF2WithHmacSHA256:2048:");

        assertThat(makeToken(client.email(), Api.PASSWORD)).isEqualTo(201);
        String rehashed = storedHash(client.id());
        assertThat(rehashed).startsWith(CURRENT);
        assertThat(makeToken(client.email(), Api.PASSWORD)).isEqualTo(201);
        assertThat(storedHash(client.id())).isEqualTo(rehashed);
    }

    @Test
    void an_account_with_an_old_hash_signs_in_on_the_pages_and_its_hash_is_made_again() {
        People.Client client = People.coach("Europe/London").weekdays("09:00", "17:00").create().newClient("Europe/Paris");
        Rows.update("UPDATE app_user SET password_hash = ? WHERE id = ?", oldHash(Browser.DEMO_PASSWORD), client.id());

        try (Browser browser = Browser.signedInAs(client.email())) {
            assertThat(browser.open("/calls/").getUrl().getPath()).startsWith("/calls/");
        }
        assertThat(storedHash(client.id())).startsWith(CURRENT);
    }

    private static String storedHash(long userId) {
        return Rows.value(String.class, "SELECT password_hash FROM app_user WHERE id = ?", userId);
    }

    /** A hash as Coachcal made them before issue 11: Jakarta Security's PBKDF2 format with 2,048 iterations. */
    private static String oldHash(String password) {
        byte[] salt = new byte[32];
        new SecureRandom().nextBytes(salt);
        try {
            byte[] hash = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(new PBEKeySpec(password.toCharArray(), salt, 2048, 32 * 8)).getEncoded();
            Base64.Encoder base64 = Base64.getEncoder();
            return "PBKDF2WithHmacSHA256:2048:" + base64.encodeToString(salt) + ":" + base64.encodeToString(hash);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
