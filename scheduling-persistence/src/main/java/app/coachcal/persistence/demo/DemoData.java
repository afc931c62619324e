package app.coachcal.persistence.demo;

import app.coachcal.persistence.signin.PasswordHashing;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The demo people of the README: an admin, three coaches in three zones with
 * weekday office hours, and twelve clients, four per coach, all with the
 * password {@value #PASSWORD}. Loaded in one transaction, never twice.
 */
@ApplicationScoped
public class DemoData {

    public static final String PASSWORD = "coachcal-demo";
    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    private record Person(String email, String name, String zone) {
    }

    private static final Person ADMIN = new Person("admin@example.com", "Ada Admin", "Europe/London");
    private static final List<Person> COACHES = List.of(
            new Person("coach.la@example.com", "Lara Lopez", "America/Los_Angeles"),
            new Person("coach.london@example.com", "Leo Lewis", "Europe/London"),
            new Person("coach.kolkata@example.com", "Kavya Iyer", "Asia/Kolkata"));
    private static final List<String> CLIENT_ZONES = List.of(
            "America/Los_Angeles", "America/New_York", "America/Chicago", "Pacific/Honolulu",
            "Europe/London", "Europe/Paris", "Europe/Berlin", "Africa/Lagos",
            "Asia/Kolkata", "Asia/Singapore", "Australia/Sydney", "Asia/Dubai");

    @Inject
    private PasswordHashing passwordHash;

    /**
     * {@code mode}: {@code true} (unless already there), {@code if-empty} (only into a database with no users), else
     * nothing. Written as the schema's owner ({@code asOwner}, who has just migrated): nobody acts at start-up, and
     * row-level security would show the application's login no users (so "empty" would always be true) and let
     * it create none.
     */
    public void load(DataSource asOwner, String mode) {
        try (Connection connection = asOwner.getConnection()) {
            connection.setAutoCommit(false);
            try {
                loadIn(connection, mode);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the demo data could not be loaded: " + e.getMessage(), e);
        }
    }

    private void loadIn(Connection connection, String mode) throws SQLException {
        boolean wanted = switch (mode) {
            case "true" -> count(connection, "SELECT count(*) FROM app_user WHERE lower(email) = ?", ADMIN.email()) == 0;
            case "if-empty" -> count(connection, "SELECT count(*) FROM app_user") == 0;
            default -> false;
        };
        if (!wanted) {
            return;
        }
        // One hash for all: they share a password anyway, and each hash costs ~0.3 s of PBKDF2.
        String hash = passwordHash.hash(PASSWORD);
        long admin = addUser(connection, ADMIN, "admin", hash);
        for (int c = 0; c < COACHES.size(); c++) {
            long coach = addUser(connection, COACHES.get(c), "coach", hash);
            addOfficeHours(connection, coach);
            for (int k = 1; k <= 4; k++) {
                int number = c * 4 + k;
                long client = addUser(connection, new Person("client" + number + "@example.com", "Client " + number,
                        CLIENT_ZONES.get(number - 1)), "client", hash);
                execute(connection, "INSERT INTO coaching_relationship (coach_id, client_id, starts_at, ends_at)"
                        + " VALUES (?, ?, now(), now() + interval '1 year')", coach, client);
            }
        }
        LOG.info(() -> "Demo data loaded: admin (id " + admin + "), 3 coaches, 12 clients; password " + PASSWORD);
    }

    private long addUser(Connection connection, Person person, String role, String hash) throws SQLException {
        long userId = count(connection, "INSERT INTO app_user (email, display_name, time_zone, password_hash)"
                + " VALUES (?, ?, ?, ?) RETURNING id",
                person.email(), person.name(), person.zone(), hash);
        execute(connection, "INSERT INTO user_role (user_id, role, active) VALUES (?, CAST(? AS role_name), true)",
                userId, role);
        return userId;
    }

    /** Monday to Friday, 09:00–12:00 and 13:00–17:00 in the coach's own zone. */
    private static void addOfficeHours(Connection connection, long coachId) throws SQLException {
        execute(connection, "INSERT INTO office_hours (coach_id, weekday, hours)"
                + " SELECT ?, day, timerange(window_start, window_end)"
                + " FROM generate_series(1, 5) AS day,"
                + " (VALUES (time '09:00', time '12:00'), (time '13:00', time '17:00')) AS w(window_start, window_end)",
                coachId);
    }

    /** The single number a statement answers (a count, or the id a RETURNING gives back). */
    private static long count(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepared(connection, sql, parameters);
             ResultSet row = statement.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    private static void execute(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepared(connection, sql, parameters)) {
            statement.executeUpdate();
        }
    }

    private static PreparedStatement prepared(Connection connection, String sql, Object... parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }
}
