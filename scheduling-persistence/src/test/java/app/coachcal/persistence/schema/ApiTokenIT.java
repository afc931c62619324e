package app.coachcal.persistence.schema;

import static app.coachcal.persistence.schema.Refusal.CHECK_VIOLATION;
import static app.coachcal.persistence.schema.Refusal.UNIQUE_VIOLATION;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** Personal API tokens (V18): only a digest is stored, every token expires, and a token is history. */
class ApiTokenIT extends SchemaTest {

    private static final String DIGEST = "sha256(convert_to(?, 'UTF8'))";

    private long token(long user, String name, String secret, String lifetime) throws SQLException {
        return given.value(Long.class, "INSERT INTO api_token (user_id, name, secret_sha256, expires_at)"
                + " VALUES (?, ?, " + DIGEST + ", now() + ?::interval) RETURNING id", user, name, secret, lifetime);
    }

    @Test
    void a_token_is_stored_by_its_digest_with_a_public_id() throws SQLException {
        long token = token(given.client("UTC"), "laptop", "cc_secret", "90 days");

        assertThat(given.value(Boolean.class, "SELECT public_id IS NOT NULL AND octet_length(secret_sha256) = 32"
                + " AND last_used_at IS NULL AND revoked_at IS NULL FROM api_token WHERE id = ?", token)).isTrue();
    }

    @Test
    void the_same_secret_twice_is_refused() throws SQLException {
        long user = given.client("UTC");
        token(user, "one", "cc_same", "1 day");

        Refusal.expect(sql, UNIQUE_VIOLATION, "api_token_secret_is_unique", () -> token(user, "two", "cc_same", "1 day"));
    }

    @Test
    void a_blank_long_or_control_character_name_is_refused() throws SQLException {
        long user = given.client("UTC");
        for (String name : new String[] {"", "x".repeat(61), "tab\there", " padded"}) {
            Refusal.expect(sql, CHECK_VIOLATION, "api_token_name_is_sane", () -> token(user, name, "cc_" + name, "1 day"));
        }
    }

    @Test
    void a_secret_instead_of_a_digest_is_refused() throws SQLException {
        long user = given.client("UTC");

        Refusal.expect(sql, CHECK_VIOLATION, "api_token_stores_a_digest", () -> given.update(
                "INSERT INTO api_token (user_id, name, secret_sha256, expires_at)"
                        + " VALUES (?, 'raw', convert_to('cc_plain', 'UTF8'), now() + interval '1 day')", user));
    }

    @Test
    void a_token_expires_after_creation_and_within_a_year() throws SQLException {
        long user = given.client("UTC");

        Refusal.expect(sql, CHECK_VIOLATION, "api_token_expires_after_creation", () -> token(user, "a", "cc_a", "0 days"));
        Refusal.expect(sql, CHECK_VIOLATION, "api_token_lives_at_most_a_year", () -> token(user, "b", "cc_b", "366 days"));
    }

    @Test
    void only_use_and_revocation_change_a_token_and_revocation_is_final() throws SQLException {
        long token = token(given.client("UTC"), "laptop", "cc_x", "90 days");
        given.update("UPDATE api_token SET last_used_at = now() WHERE id = ?", token);
        given.update("UPDATE api_token SET revoked_at = now() WHERE id = ?", token);

        String rule = "api_token_changes_only_by_use_and_revocation";
        Refusal.expect(sql, CHECK_VIOLATION, rule, () -> given.update("UPDATE api_token SET revoked_at = NULL WHERE id = ?", token));
        Refusal.expect(sql, CHECK_VIOLATION, rule, () -> given.update("UPDATE api_token SET name = 'other' WHERE id = ?", token));
        Refusal.expect(sql, CHECK_VIOLATION, rule, () -> given.update(
                "UPDATE api_token SET expires_at = expires_at + interval '1 day' WHERE id = ?", token));
    }

    @Test
    void a_token_is_never_deleted() throws SQLException {
        long token = token(given.client("UTC"), "laptop", "cc_y", "90 days");

        Refusal.expect(sql, CHECK_VIOLATION, "api_token_is_never_deleted",
                () -> given.update("DELETE FROM api_token WHERE id = ?", token));
    }
}
