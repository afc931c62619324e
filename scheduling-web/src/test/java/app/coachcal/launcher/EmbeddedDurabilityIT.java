package app.coachcal.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * The embedded PostgreSQL keeps real data, so a commit is on disk before a client is told "booked":
 * none of the speed-for-safety settings that embedded test databases use (zonky turns
 * {@code synchronous_commit} off by default).
 */
class EmbeddedDurabilityIT {

    @Test
    void a_commit_of_the_embedded_database_is_on_disk_before_it_is_answered() throws Exception {
        Path data = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "durable-data");
        try (EmbeddedDatabase database = EmbeddedDatabase.start(data);
             Connection connection = database.coachcal().getConnection()) {
            assertThat(setting(connection, "synchronous_commit")).isEqualTo("on");
            assertThat(setting(connection, "fsync")).isEqualTo("on");
            assertThat(setting(connection, "full_page_writes")).isEqualTo("on");
        }
    }

    private static String setting(Connection connection, String name) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT current_setting('" + name + "')")) {
            row.next();
            return row.getString(1);
        }
    }
}
