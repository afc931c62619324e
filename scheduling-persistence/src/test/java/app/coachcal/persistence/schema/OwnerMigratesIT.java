package app.coachcal.persistence.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.coachcal.persistence.migration.DatabaseMigration;
import app.coachcal.persistence.startup.MigrationDataSource;
import app.coachcal.persistence.testsupport.FreshDatabase;
import java.sql.Connection;
import java.util.Optional;
import java.util.UUID;
import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * With COACHCAL_DB_OWNER named, the owner migrates and the application connects as a member of coachcal_app,
 * which could not have migrated (it may not create anything) and afterwards reads and writes what it needs.
 */
class OwnerMigratesIT {

    private final String login = "coachcal_app_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private FreshDatabase database;
    private PGSimpleDataSource application;

    @BeforeEach
    void emptyDatabaseAndApplicationLogin() {
        database = FreshDatabase.createEmpty();
        database.execute("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'coachcal_app') THEN"
                + " CREATE ROLE coachcal_app NOLOGIN NOSUPERUSER NOBYPASSRLS NOINHERIT; END IF; END $$",
                "CREATE ROLE " + login + " LOGIN PASSWORD 'not-a-secret' IN ROLE coachcal_app");
        application = new PGSimpleDataSource();
        application.setUrl(database.jdbcUrl());
        application.setUser(login);
        application.setPassword("not-a-secret");
    }

    @AfterEach
    void dropLoginAndDatabase() {
        database.execute("DROP OWNED BY " + login, "DROP ROLE " + login);
        database.close();
    }

    @Test
    void without_an_owner_the_application_user_migrates_and_coachcal_app_may_not() {
        assertThat(MigrationDataSource.choose(Optional.empty(), "", database.jdbcUrl(), application))
                .isSameAs(application);
        assertThatThrownBy(() -> DatabaseMigration.migrate(
                MigrationDataSource.choose(Optional.of(" "), "", database.jdbcUrl(), application)))
                .isInstanceOf(FlywayException.class);
    }

    @Test
    void with_an_owner_the_owner_migrates_and_the_application_then_reads_and_writes() throws Exception {
        DatabaseMigration.migrate(MigrationDataSource.choose(Optional.of(database.user()), database.password(),
                database.jdbcUrl(), application));

        long coach;
        try (Connection owner = database.connection()) {
            coach = new Given(owner).coach("UTC");
        }
        try (Connection app = application.getConnection()) {
            app.setAutoCommit(false);
            Given given = new Given(app);
            // Row-level security (V14): the application sees a person only when someone acts.
            assertThat(given.value(Long.class, "SELECT count(*) FROM app_user WHERE id = ?", coach)).isZero();
            given.actor(coach);
            assertThat(given.value(Long.class, "SELECT count(*) FROM app_user WHERE id = ?", coach)).isEqualTo(1);
            given.weeklyHours(coach, "09:00", "12:00", 1);
            assertThat(given.value(String.class, "SELECT current_user")).isEqualTo(login);
            app.commit();
        }
    }
}
