package app.coachcal.persistence.schema;

import static org.assertj.core.api.Assertions.assertThat;

import app.coachcal.persistence.migration.DatabaseMigration;
import app.coachcal.persistence.testsupport.FreshDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;

/**
 * V16 replaces the body of {@code coach_is_available}; whatever SECURITY DEFINER, SET options and COST an
 * earlier migration gave it (CREATE OR REPLACE alone would reset them) are kept.
 */
class ReplacedFunctionKeepsItsAttributesIT {

    @Test
    void v16_keeps_security_definer_search_path_and_cost_of_coach_is_available() throws SQLException {
        try (FreshDatabase database = FreshDatabase.createEmpty()) {
            DatabaseMigration.migrateTo(database.dataSource(), lastVersionBefore16(database));
            database.execute("ALTER FUNCTION coach_is_available(bigint, tstzrange)"
                    + " SECURITY DEFINER SET search_path = pg_catalog, public SET work_mem = '8MB' COST 50");

            DatabaseMigration.migrate(database.dataSource());

            try (Connection sql = database.connection(); Statement statement = sql.createStatement();
                    ResultSet function = statement.executeQuery("SELECT prosecdef, proconfig::text, procost,"
                            + " provolatile, proparallel, pg_get_userbyid(proowner) = current_user AS same_owner"
                            + " FROM pg_proc WHERE oid = 'coach_is_available(bigint, tstzrange)'::regprocedure")) {
                assertThat(function.next()).isTrue();
                assertThat(function.getBoolean("prosecdef")).isTrue();
                assertThat(function.getString("proconfig")).isEqualTo("{\"search_path=pg_catalog, public\",work_mem=8MB}");
                assertThat(function.getDouble("procost")).isEqualTo(50.0);
                assertThat(function.getString("provolatile")).isEqualTo("s");
                assertThat(function.getString("proparallel")).isEqualTo("s");
                assertThat(function.getBoolean("same_owner")).isTrue();
            }
        }
    }

    /** The migration just before V16, whichever of V13 to V15 have landed. */
    private static String lastVersionBefore16(FreshDatabase database) {
        MigrationVersion v16 = MigrationVersion.fromVersion("16");
        return Arrays.stream(Flyway.configure().dataSource(database.dataSource())
                        .locations(DatabaseMigration.LOCATION).load().info().all())
                .map(MigrationInfo::getVersion)
                .filter(version -> version.compareTo(v16) < 0)
                .max(MigrationVersion::compareTo)
                .orElseThrow()
                .getVersion();
    }
}
