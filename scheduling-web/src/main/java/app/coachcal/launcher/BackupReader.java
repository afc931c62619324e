package app.coachcal.launcher;

import app.coachcal.launcher.BackupFormat.Table;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Reads a backup file section by section into a database whose schema the migrations just
 * built. Every table, column list and sequence the file names must be one of that schema's own
 * (a file is input like any other: nothing in it reaches SQL unchecked), and every table of the
 * schema must be in the file.
 */
final class BackupReader {

    private static final int CHUNK = 1 << 16;

    private final BufferedReader backup;
    private final Connection connection;
    private final Map<String, Table> expected = new HashMap<>();
    private final Set<String> sequences;
    private String pending;

    BackupReader(BufferedReader backup, Connection connection) throws SQLException {
        this.backup = backup;
        this.connection = connection;
        List<Table> tables = new SchemaCatalog(connection).tables();
        tables.forEach(table -> expected.put(table.name(), table));
        this.sequences = new HashSet<>(new SchemaCatalog(connection).sequences());
        if (!tables.isEmpty()) {
            try (Statement statement = connection.createStatement()) {
                // The migrations seed some rows (rules, Flyway's history): the backup's replace them.
                statement.execute("TRUNCATE " + String.join(", ", expected.keySet()));
            }
        }
    }

    /** Checks the first two lines and returns the schema version the backup was taken at. */
    static String header(BufferedReader backup) throws IOException, LaunchFailure {
        if (!BackupFormat.MAGIC.equals(backup.readLine())) {
            throw new LaunchFailure("this is not a Coachcal backup (it does not start with \"" + BackupFormat.MAGIC + "\")");
        }
        String[] version = fields(backup.readLine(), BackupFormat.SCHEMA_VERSION, 2);
        if (!version[1].matches("[0-9]{1,6}(\\.[0-9]{1,6}){0,3}")) {
            throw new LaunchFailure("the backup names no valid schema version");
        }
        return version[1];
    }

    /** The next table section, or null once the tables are over. */
    Table nextTable() throws IOException, LaunchFailure {
        pending = backup.readLine();
        if (pending == null || !pending.startsWith(BackupFormat.TABLE + BackupFormat.TAB)) {
            if (!expected.isEmpty()) {
                throw new LaunchFailure("the backup lacks the table " + expected.keySet().iterator().next());
            }
            return null;
        }
        String[] heading = fields(pending, BackupFormat.TABLE, 3);
        Table table = expected.remove(heading[1]);
        if (table == null || !table.columns().equals(heading[2])) {
            throw new LaunchFailure("the backup holds a table the schema does not have, or with other columns: "
                    + printable(heading[1]));
        }
        return table;
    }

    /** Copies the table's rows up to the end marker; checks the count the file states. */
    long copyRows(Table table) throws IOException, SQLException, LaunchFailure {
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(table.copyFrom());
        ByteArrayOutputStream chunk = new ByteArrayOutputStream(CHUNK + 1024);
        String line;
        while ((line = backup.readLine()) != null && !line.equals(BackupFormat.END_OF_ROWS)) {
            chunk.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            if (chunk.size() >= CHUNK) {
                copy.writeToCopy(chunk.toByteArray(), 0, chunk.size());
                chunk.reset();
            }
        }
        if (line == null) {
            copy.cancelCopy();
            throw new LaunchFailure("the backup ends in the middle of the table " + table.name());
        }
        copy.writeToCopy(chunk.toByteArray(), 0, chunk.size());
        long copied = copy.endCopy();
        long stated = Long.parseLong(fields(backup.readLine(), BackupFormat.ROWS, 2)[1]);
        long counted = new SchemaCatalog(connection).rowCount(table.name());
        if (copied != stated || counted != stated) {
            throw new LaunchFailure("the table " + table.name() + " should hold " + stated + " rows, but "
                    + counted + " arrived");
        }
        return counted;
    }

    /** Sets every sequence back where it was (ids go on after the restored rows); needs the end line. */
    void restoreSequencesUntilEnd() throws IOException, SQLException, LaunchFailure {
        String line = pending;
        while (line != null && line.startsWith(BackupFormat.SEQUENCE + BackupFormat.TAB)) {
            String[] sequence = fields(line, BackupFormat.SEQUENCE, 4);
            if (!sequences.contains(sequence[1])) {
                throw new LaunchFailure("the backup holds a sequence the schema does not have: " + printable(sequence[1]));
            }
            try (PreparedStatement setval = connection.prepareStatement("SELECT setval(?::regclass, ?, ?)")) {
                setval.setString(1, sequence[1]);
                setval.setLong(2, Long.parseLong(sequence[2]));
                setval.setBoolean(3, Boolean.parseBoolean(sequence[3]));
                setval.execute();
            }
            line = backup.readLine();
        }
        if (!BackupFormat.END.equals(line)) {
            throw new LaunchFailure("the backup is incomplete (no end line): it was cut short");
        }
    }

    private static String[] fields(String line, String kind, int count) throws LaunchFailure {
        String[] fields = line == null ? new String[0] : line.split(BackupFormat.TAB, -1);
        if (fields.length != count || !fields[0].equals(kind)) {
            throw new LaunchFailure("the backup is damaged: expected a \"" + kind + "\" line");
        }
        return fields;
    }

    private static String printable(String text) {
        String cut = text.length() > 60 ? text.substring(0, 60) + "…" : text;
        return cut.replaceAll("\\p{Cntrl}", "?");
    }
}
