package app.coachcal.persistence.schema;

import static app.coachcal.persistence.schema.Refusal.CHECK_VIOLATION;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** The last active admin membership cannot be deactivated or deleted, by any SQL. */
class LastActiveAdminIT extends SchemaTest {

    private long activeAdmins() throws SQLException {
        return given.value(Long.class, "SELECT count(*) FROM user_role WHERE role = 'admin' AND active");
    }

    @Test
    void deactivating_the_last_active_admin_is_refused() throws SQLException {
        given.update("UPDATE user_role SET active = false WHERE role = 'admin'");
        long admin = given.user("UTC", "admin");

        Refusal.expect(sql, CHECK_VIOLATION, "admin_deactivation_leaves_an_active_admin",
                () -> given.deactivate(admin, "admin"));
    }

    @Test
    void deleting_the_last_active_admin_or_their_account_is_refused() throws SQLException {
        given.update("UPDATE user_role SET active = false WHERE role = 'admin'");
        long admin = given.user("UTC", "admin");

        Refusal.expect(sql, CHECK_VIOLATION, "admin_deactivation_leaves_an_active_admin",
                () -> given.update("DELETE FROM user_role WHERE user_id = ? AND role = 'admin'", admin));
        Refusal.expect(sql, CHECK_VIOLATION, "admin_deactivation_leaves_an_active_admin",
                () -> given.update("DELETE FROM app_user WHERE id = ?", admin));
    }

    @Test
    void an_admin_may_be_deactivated_while_another_stays_active_and_reactivated_any_time() throws SQLException {
        long first = given.user("UTC", "admin");
        long second = given.user("UTC", "admin");

        given.deactivate(first, "admin");
        assertThat(activeAdmins()).isPositive();
        given.update("UPDATE user_role SET active = true WHERE user_id = ? AND role = 'admin'", first);
        given.deactivate(second, "admin");

        assertThat(given.value(Boolean.class, "SELECT active FROM user_role WHERE user_id = ? AND role = 'admin'",
                first)).isTrue();
    }
}
