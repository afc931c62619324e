package app.coachcal.persistence.schema;

import app.coachcal.persistence.testsupport.FreshDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/**
 * A test class against its own fresh, migrated database, each test inside one
 * transaction that is rolled back afterwards, so tests never see each other's
 * rows (or rule changes).
 * <pre>{@code
 * class OfficeHoursIT extends SchemaTest {
 *     @Test void ...() { long coach = given.coach("Europe/London"); ... }
 * }
 * }</pre>
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SchemaTest {

    private FreshDatabase database;
    protected Connection sql;
    protected Given given;

    @BeforeAll
    void createDatabase() {
        database = FreshDatabase.create();
    }

    @AfterAll
    void dropDatabase() {
        if (database != null) {
            database.close();
        }
    }

    @BeforeEach
    void beginTransaction() throws SQLException {
        sql = database.connection();
        sql.setAutoCommit(false);
        given = new Given(sql);
    }

    @AfterEach
    void rollBack() throws SQLException {
        sql.rollback();
        sql.close();
    }

    protected FreshDatabase database() {
        return database;
    }
}
