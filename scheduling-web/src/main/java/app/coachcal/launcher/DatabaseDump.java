package app.coachcal.launcher;

import app.coachcal.launcher.BackupFormat.Summary;
import app.coachcal.launcher.BackupFormat.Table;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Writes every row of the coachcal database to a backup file (see {@link BackupFormat}), from
 * one consistent snapshot. The file appears under its name only once it is complete.
 *
 * <pre>{@code
 * Summary written = DatabaseDump.write(database.coachcal(), Path.of("coachcal.backup"));
 * }</pre>
 */
final class DatabaseDump {

    private DatabaseDump() {
    }

    static Summary write(DataSource coachcal, Path file) throws LaunchFailure {
        Path partial = file.toAbsolutePath().resolveSibling(file.getFileName() + ".partial");
        try (Connection connection = coachcal.getConnection()) {
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            Summary summary;
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(partial), 1 << 16)) {
                summary = writeTo(connection, out);
            }
            connection.commit();
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return summary;
        } catch (SQLException e) {
            throw new LaunchFailure("cannot read the database for the backup: " + e.getMessage());
        } catch (IOException e) {
            throw new LaunchFailure("cannot write the backup " + file + ": " + UnpackLeftovers.reason(e));
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // Only a leftover of a failed backup, beside the file that was asked for.
            }
        }
    }

    private static Summary writeTo(Connection connection, OutputStream out) throws SQLException, IOException, LaunchFailure {
        SchemaCatalog catalog = new SchemaCatalog(connection);
        String schemaVersion = catalog.schemaVersion().orElseThrow(() -> new LaunchFailure(
                "the database holds no Coachcal schema yet: start Coachcal once before a backup"));
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        Writer text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        line(text, BackupFormat.MAGIC);
        line(text, BackupFormat.SCHEMA_VERSION + BackupFormat.TAB + schemaVersion);
        List<Table> tables = catalog.tables();
        long rows = 0;
        for (Table table : tables) {
            line(text, BackupFormat.TABLE + BackupFormat.TAB + table.name() + BackupFormat.TAB + table.columns());
            text.flush();
            long copied = copy.copyOut(table.copyTo(), out);
            line(text, BackupFormat.END_OF_ROWS);
            line(text, BackupFormat.ROWS + BackupFormat.TAB + copied);
            rows += copied;
        }
        for (String sequence : catalog.sequences()) {
            line(text, BackupFormat.SEQUENCE + BackupFormat.TAB + sequence + BackupFormat.TAB + catalog.sequenceState(sequence));
        }
        line(text, BackupFormat.END);
        text.flush();
        return new Summary(schemaVersion, tables.size(), rows);
    }

    private static void line(Writer text, String line) throws IOException {
        text.write(line);
        text.write('\n');
    }
}
