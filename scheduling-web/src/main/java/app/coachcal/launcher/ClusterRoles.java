package app.coachcal.launcher;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * The roles of the embedded cluster, made on every start if missing (roles belong to a cluster, so a
 * restore or an upgrade into a new one gets them too): {@value #OWNER} owns the coachcal database and
 * runs the migrations; Coachcal itself connects as {@value #APPLICATION_LOGIN}, a member of
 * {@code coachcal_app} (V13) and nothing more: not a superuser, so no SQL it runs can switch triggers
 * off, and not the owner, so row-level security (V14) applies to it.
 *
 * <p>No passwords: the embedded cluster listens on localhost only with {@code trust} authentication,
 * as zonky's {@code initdb} makes it, so any local process could name any role, the superuser
 * included; a password kept beside the data would add a secret without adding a boundary. The roles
 * guard against what the application's own SQL may do, not against the machine's other users (for a
 * shared machine, run your own PostgreSQL: see the README).
 */
final class ClusterRoles {

    static final String OWNER = "coachcal_owner";
    static final String APPLICATION_LOGIN = "coachcal";

    private static final String CREATE_MISSING = """
            DO $$
            BEGIN
                IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'coachcal_app') THEN
                    CREATE ROLE coachcal_app NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE NOINHERIT;
                END IF;
                IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'coachcal_owner') THEN
                    CREATE ROLE coachcal_owner LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
                END IF;
                IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'coachcal') THEN
                    CREATE ROLE coachcal LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE IN ROLE coachcal_app;
                END IF;
            END;
            $$""";

    private ClusterRoles() {
    }

    /** Creates the roles that are missing; never changes one that exists. */
    static void ensure(DataSource maintenance) throws SQLException {
        try (Connection connection = maintenance.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(CREATE_MISSING);
        }
    }

    /**
     * Who owns a database, and so migrates it: {@value #OWNER}, or the superuser for a database made
     * before these roles existed (its tables are the superuser's; a backup and a restore move them).
     */
    static String ownerOf(DataSource maintenance, String database) throws SQLException {
        try (Connection connection = maintenance.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = ?")) {
            statement.setString(1, database);
            try (ResultSet owner = statement.executeQuery()) {
                owner.next();
                return owner.getString(1);
            }
        }
    }
}
