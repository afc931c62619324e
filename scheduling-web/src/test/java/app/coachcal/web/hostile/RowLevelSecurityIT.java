package app.coachcal.web.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import app.coachcal.persistence.testsupport.FreshDatabase;
import app.coachcal.web.testsupport.CoachcalServer;
import app.coachcal.web.testsupport.Dates;
import app.coachcal.web.testsupport.People;
import app.coachcal.web.testsupport.Rows;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Row-level security (V14): hand-written SQL, sent as the running Coachcal sends its own (its login, a member of
 * coachcal_app, and {@code coachcal.actor_id} set in the transaction), sees and changes only what that person
 * may: a client their own rows, a coach their clients', an admin all, nobody anything.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RowLevelSecurityIT {

    private FreshDatabase database;
    private People.Coach coachA;
    private People.Client clientA;
    private People.Client otherClientOfA;
    private People.Coach coachB;
    private People.Client clientB;
    private UUID callOfA;

    @BeforeAll
    void twoCoachesWithClientsAndCalls() {
        database = CoachcalServer.shared().database();
        coachA = People.coach("UTC").weekdays("09:00", "17:00").create();
        clientA = coachA.newClient("UTC");
        otherClientOfA = coachA.newClient("UTC");
        coachB = People.coach("UTC").weekdays("09:00", "17:00").create();
        clientB = coachB.newClient("UTC");
        LocalDate monday = Dates.mondayAhead(coachA.zone(), 2);
        assertThat(clientA.api().book(Dates.start(monday, "09:00", coachA.zone())).statusCode()).isEqualTo(201);
        assertThat(otherClientOfA.api().book(Dates.start(monday, "11:00", coachA.zone())).statusCode()).isEqualTo(201);
        assertThat(clientB.api().book(Dates.start(monday, "09:00", coachB.zone())).statusCode()).isEqualTo(201);
        callOfA = Rows.value(UUID.class, "SELECT public_id FROM appointment WHERE client_id = ?", clientA.id());
    }

    @Test
    void a_clients_select_star_from_appointment_returns_only_their_own_calls() throws SQLException {
        assertThat(ids(clientA.id(), "SELECT client_id FROM appointment")).containsOnly(clientA.id()).hasSize(1);
        assertThat(ids(clientA.id(), "SELECT a.client_id FROM appointment_history h JOIN appointment a"
                + " ON a.id = h.appointment_id")).containsOnly(clientA.id()).hasSize(1);
        assertThat(ids(clientA.id(), "SELECT appointment_id FROM appointment_history")).hasSize(1);
        assertThat(ids(clientA.id(), "SELECT client_id FROM coaching_relationship")).containsExactly(clientA.id());
        assertThat(ids(clientA.id(), "SELECT id FROM app_user")).containsExactlyInAnyOrder(clientA.id(), coachA.id());
        assertThat(ids(clientA.id(), "SELECT DISTINCT coach_id FROM office_hours")).containsExactly(coachA.id());
    }

    @Test
    void a_coach_sees_their_clients_rows_and_nobody_elses() throws SQLException {
        assertThat(ids(coachA.id(), "SELECT client_id FROM appointment"))
                .containsExactlyInAnyOrder(clientA.id(), otherClientOfA.id());
        assertThat(ids(coachA.id(), "SELECT a.client_id FROM appointment_history h JOIN appointment a"
                + " ON a.id = h.appointment_id")).containsExactlyInAnyOrder(clientA.id(), otherClientOfA.id());
        assertThat(ids(coachA.id(), "SELECT client_id FROM coaching_relationship"))
                .containsExactlyInAnyOrder(clientA.id(), otherClientOfA.id());
        assertThat(ids(coachA.id(), "SELECT id FROM app_user"))
                .containsExactlyInAnyOrder(coachA.id(), clientA.id(), otherClientOfA.id());
        assertThat(ids(coachA.id(), "SELECT DISTINCT coach_id FROM office_hours")).containsExactly(coachA.id());
    }

    @Test
    void a_coach_cannot_cancel_another_coachs_call_even_with_a_hand_written_update() throws SQLException {
        try (Connection app = database.applicationConnection()) {
            app.setAutoCommit(false);
            actAs(app, coachB.id());
            try (PreparedStatement update = app.prepareStatement("UPDATE appointment SET status = 'cancelled',"
                    + " cancelled_at = now(), cancel_reason = 'not mine to cancel' WHERE public_id = ?")) {
                update.setObject(1, callOfA);
                assertThat(update.executeUpdate()).isZero();
            }
            app.commit();
        }
        assertThat(Rows.value(String.class, "SELECT status::text FROM appointment WHERE public_id = ?", callOfA))
                .isEqualTo("booked");
    }

    @Test
    void an_admin_sees_every_row() throws SQLException {
        People.Admin admin = People.admin("UTC");
        for (String table : List.of("appointment", "appointment_history", "coaching_relationship", "app_user",
                "office_hours")) {
            assertThat(ids(admin.id(), "SELECT count(*) FROM " + table))
                    .as(table).containsExactly(Rows.count("SELECT count(*) FROM " + table));
        }
    }

    @Test
    void without_an_actor_nothing_is_seen() throws SQLException {
        for (String table : List.of("appointment", "appointment_history", "coaching_relationship", "app_user",
                "office_hours", "time_off", "extra_hours")) {
            try (Connection app = database.applicationConnection();
                 ResultSet count = app.createStatement().executeQuery("SELECT count(*) FROM " + table)) {
                count.next();
                assertThat(count.getLong(1)).as(table).isZero();
            }
        }
    }

    /** The numbers a query answers in a transaction of the application's login, acting as the given user. */
    private List<Long> ids(long actor, String query) throws SQLException {
        try (Connection app = database.applicationConnection()) {
            app.setAutoCommit(false);
            actAs(app, actor);
            List<Long> ids = new ArrayList<>();
            try (ResultSet rows = app.createStatement().executeQuery(query)) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
            app.rollback();
            return ids;
        }
    }

    /** As {@code ActingUser} does it in the application. */
    private static void actAs(Connection app, long userId) throws SQLException {
        try (PreparedStatement set = app.prepareStatement("SELECT set_config('coachcal.actor_id', ?, true)")) {
            set.setString(1, Long.toString(userId));
            set.executeQuery().close();
        }
    }
}
