package app.coachcal.persistence.schema;

import static app.coachcal.persistence.schema.Refusal.CHECK_VIOLATION;
import static app.coachcal.persistence.schema.Refusal.UNIQUE_VIOLATION;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

class IdempotentRequestIT extends SchemaTest {

    private void store(long user, String key, int status) throws SQLException {
        given.update("INSERT INTO idempotent_request (user_id, idempotency_key, request_fingerprint, response_status,"
                + " response_body, location) VALUES (?, ?, 'sha256:abc', ?, '{}', '/calls/1')", user, key, status);
    }

    @Test
    void answer_to_a_request_is_stored_under_the_users_key() throws SQLException {
        long user = given.client("UTC");

        store(user, "3f2b1c9e-8d7a-4e6f-9b0c-1a2d3e4f5a6b", 201);
        store(given.client("UTC"), "3f2b1c9e-8d7a-4e6f-9b0c-1a2d3e4f5a6b", 201);

        assertThat(given.value(Long.class, "SELECT count(*) FROM idempotent_request")).isEqualTo(2L);
    }

    @Test
    void same_key_twice_for_one_user_is_refused() throws SQLException {
        long user = given.client("UTC");
        store(user, "book-1", 201);

        Refusal.expect(sql, UNIQUE_VIOLATION, "idempotent_request_key_used_once", () -> store(user, "book-1", 201));
    }

    @Test
    void key_that_is_empty_too_long_or_has_other_characters_is_refused() throws SQLException {
        long user = given.client("UTC");
        for (String key : List.of("", "x".repeat(65), "has space", "semi;colon", "ünïcode")) {
            Refusal.expect(sql, CHECK_VIOLATION, "idempotent_request_key_is_sane", () -> store(user, key, 201));
        }
    }

    @Test
    void status_that_is_not_an_http_status_is_refused() throws SQLException {
        long user = given.client("UTC");

        Refusal.expect(sql, CHECK_VIOLATION, "idempotent_request_status_is_http", () -> store(user, "k", 42));
    }
}
