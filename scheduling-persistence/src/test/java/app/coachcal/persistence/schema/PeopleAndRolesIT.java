package app.coachcal.persistence.schema;

import static app.coachcal.persistence.schema.Refusal.CHECK_VIOLATION;
import static app.coachcal.persistence.schema.Refusal.UNIQUE_VIOLATION;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PeopleAndRolesIT extends SchemaTest {

    private void insertUser(String email, String name, String zone) throws SQLException {
        given.update("INSERT INTO app_user (email, display_name, time_zone, password_hash) VALUES (?, ?, ?, 'x')",
                email, name, zone);
    }

    @Test
    void ordinary_user_is_accepted_with_a_published_uuid() throws SQLException {
        insertUser("ada.lovelace+coach@example.co.uk", "Ada Lovelace", "Europe/London");

        UUID publicId = given.value(UUID.class, "SELECT public_id FROM app_user WHERE email = ?",
                "ada.lovelace+coach@example.co.uk");
        assertThat(publicId).isNotNull();
    }

    @Test
    void malformed_email_is_refused() throws SQLException {
        List<String> malformed = List.of("", "no-at-sign", "two@@example.com", "space in@example.com",
                "nodot@localhost", "trailing@example.com ", "a@-example.com",
                "x".repeat(65) + "@example.com", "a@" + "b".repeat(250) + ".com");
        for (String email : malformed) {
            Refusal.expect(sql, CHECK_VIOLATION, "app_user_email_is_sane",
                    () -> insertUser(email, "Someone", "UTC"));
        }
    }

    @Test
    void email_that_differs_only_in_letter_case_is_refused() throws SQLException {
        insertUser("grace@example.com", "Grace", "UTC");

        Refusal.expect(sql, UNIQUE_VIOLATION, "app_user_email_is_unique",
                () -> insertUser("Grace@Example.COM", "Grace again", "UTC"));
    }

    @Test
    void display_name_that_is_blank_too_long_or_has_control_characters_is_refused() throws SQLException {
        for (String name : List.of("", "   ", "x".repeat(101), "Bell\u0007", "Line\nbreak", "C1\u0085")) {
            Refusal.expect(sql, CHECK_VIOLATION, "app_user_display_name_is_sane",
                    () -> insertUser("name" + name.hashCode() + "@example.com", name, "UTC"));
        }
    }

    @Test
    void display_name_in_any_script_up_to_100_characters_is_accepted() throws SQLException {
        insertUser("zoe@example.com", "Zoë Ångström-李", "UTC");
        insertUser("long@example.com", "x".repeat(100), "UTC");

        assertThat(given.value(Long.class, "SELECT count(*) FROM app_user")).isEqualTo(2L);
    }

    @Test
    void time_zone_that_is_an_abbreviation_an_offset_or_unknown_is_refused() throws SQLException {
        List<String> notIana = List.of("EST", "GMT", "UTC+3", "+03:00", "-0500", "Etc/GMT+3", "US/Eastern",
                "europe/london", "Europe/LONDON", "Europe/Nowhere", "Mars/Olympus_Mons", "");
        for (String zone : notIana) {
            Refusal.expect(sql, CHECK_VIOLATION, "app_user_time_zone_is_iana",
                    () -> insertUser("zone" + zone.hashCode() + "@example.com", "Someone", zone));
        }
    }

    @Test
    void iana_time_zone_or_utc_is_accepted() throws SQLException {
        String sessionZone = given.value(String.class, "SHOW TimeZone");
        List<String> iana = List.of("UTC", "Europe/London", "America/Los_Angeles",
                "America/Argentina/Buenos_Aires", "America/Port-au-Prince", "Asia/Kolkata", "Pacific/Auckland");
        for (String zone : iana) {
            insertUser("ok" + zone.hashCode() + "@example.com", "Someone", zone);
        }

        assertThat(given.value(Long.class, "SELECT count(*) FROM app_user")).isEqualTo(iana.size());
        assertThat(given.value(String.class, "SHOW TimeZone")).as("the session's own zone, untouched").isEqualTo(sessionZone);
    }

    @Test
    void empty_password_hash_is_refused() throws SQLException {
        Refusal.expect(sql, CHECK_VIOLATION, "app_user_password_hash_is_present",
                () -> given.update("INSERT INTO app_user (email, display_name, time_zone, password_hash)"
                        + " VALUES ('nopass@example.com', 'No Pass', 'UTC', '')"));
    }

    @Test
    void second_membership_in_the_same_role_is_refused() throws SQLException {
        long user = given.client("UTC");

        Refusal.expect(sql, UNIQUE_VIOLATION, "user_role_one_membership_per_role",
                () -> given.update("INSERT INTO user_role (user_id, role, active) VALUES (?, 'client', false)", user));
    }

    @Test
    void one_user_may_hold_several_roles() throws SQLException {
        long user = given.user("UTC", "client", "coach", "admin");

        assertThat(given.value(Long.class, "SELECT count(*) FROM user_role WHERE user_id = ?", user)).isEqualTo(3L);
    }

    @Test
    void membership_cannot_be_turned_into_another_role() throws SQLException {
        long user = given.client("UTC");

        Refusal.expect(sql, CHECK_VIOLATION, "role_membership_identity_is_fixed",
                () -> given.update("UPDATE user_role SET role = 'admin' WHERE user_id = ?", user));
    }

    @Test
    void deactivating_a_membership_records_since_when() throws SQLException {
        long user = given.user("UTC", "admin");
        given.user("UTC", "admin"); // the last active admin could not be deactivated
        given.update("UPDATE user_role SET since = '2020-01-01Z' WHERE user_id = ?", user);

        given.deactivate(user, "admin");

        OffsetDateTime since = given.value(OffsetDateTime.class, "SELECT since FROM user_role WHERE user_id = ?", user);
        OffsetDateTime now = given.value(OffsetDateTime.class, "SELECT now()");
        assertThat(since).isAtSameInstantAs(now);
    }
}
