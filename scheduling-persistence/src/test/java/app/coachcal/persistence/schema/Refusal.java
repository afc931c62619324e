package app.coachcal.persistence.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import org.postgresql.util.PSQLException;

/**
 * Runs SQL that the database must refuse, inside a savepoint so the test's
 * transaction goes on, and checks how it was refused.
 * <pre>{@code
 * Refusal.expect(sql, "23514", "appointment_in_the_future", () -> given.call(relationship, yesterday));
 * }</pre>
 */
final class Refusal {

    static final String CHECK_VIOLATION = "23514";
    static final String EXCLUSION_VIOLATION = "23P01";
    static final String UNIQUE_VIOLATION = "23505";

    /** Work that talks to the database. */
    @FunctionalInterface
    interface Sql {
        void run() throws SQLException;
    }

    private Refusal() {
    }

    /** Asserts that {@code work} fails with this SQLSTATE and constraint name; returns the error. */
    static PSQLException expect(Connection connection, String sqlState, String constraint, Sql work)
            throws SQLException {
        PSQLException refusal = refusalOf(connection, work);
        assertThat(refusal.getSQLState()).as("SQLSTATE of: %s", refusal.getMessage()).isEqualTo(sqlState);
        assertThat(refusal.getServerErrorMessage()).isNotNull();
        assertThat(refusal.getServerErrorMessage().getConstraint())
                .as("constraint of: %s", refusal.getMessage())
                .isEqualTo(constraint);
        return refusal;
    }

    /** The error {@code work} fails with; the test fails if it succeeds. */
    static PSQLException refusalOf(Connection connection, Sql work) throws SQLException {
        Savepoint before = connection.setSavepoint();
        try {
            work.run();
        } catch (PSQLException refused) {
            connection.rollback(before);
            return refused;
        }
        connection.releaseSavepoint(before);
        return fail("the database accepted what it should have refused");
    }
}
