package app.coachcal.launcher;

import app.coachcal.launcher.BackupFormat.Table;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a backup holds, read from PostgreSQL's catalog: the application's tables and sequences
 * (every schema but the system's, nothing an extension owns) and the Flyway schema version.
 */
final class SchemaCatalog {

    private static final String OURS = " AND n.nspname NOT IN ('pg_catalog', 'information_schema')"
            + " AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp%'"
            + " AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass"
            + " AND d.objid = c.oid AND d.deptype = 'e')";

    private final Connection connection;

    SchemaCatalog(Connection connection) {
        this.connection = connection;
    }

    /** Ordinary tables with the columns a row is written with (generated columns are computed again). */
    List<Table> tables() throws SQLException {
        List<Table> tables = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT format('%I.%I', n.nspname, c.relname),"
                     + " (SELECT string_agg(quote_ident(a.attname), ',' ORDER BY a.attnum) FROM pg_attribute a"
                     + "   WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = '')"
                     + " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                     + " WHERE c.relkind = 'r'" + OURS + " ORDER BY 1")) {
            while (rows.next()) {
                if (rows.getString(2) != null) {
                    tables.add(new Table(rows.getString(1), rows.getString(2)));
                }
            }
        }
        return tables;
    }

    List<String> sequences() throws SQLException {
        List<String> sequences = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT format('%I.%I', n.nspname, c.relname)"
                     + " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                     + " WHERE c.relkind = 'S'" + OURS + " ORDER BY 1")) {
            while (rows.next()) {
                sequences.add(rows.getString(1));
            }
        }
        return sequences;
    }

    /** {@code last_value<TAB>is_called} of a sequence, as {@code setval} takes them back. */
    String sequenceState(String sequence) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT last_value, is_called FROM " + sequence)) {
            row.next();
            return row.getLong(1) + BackupFormat.TAB + row.getBoolean(2);
        }
    }

    long rowCount(String table) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT count(*) FROM " + table)) {
            row.next();
            return row.getLong(1);
        }
    }

    /** The last migration Flyway applied, or empty when the database has no Coachcal schema. */
    Optional<String> schemaVersion() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            try (ResultSet exists = statement.executeQuery("SELECT to_regclass('public.flyway_schema_history')")) {
                exists.next();
                if (exists.getString(1) == null) {
                    return Optional.empty();
                }
            }
            try (ResultSet version = statement.executeQuery("SELECT version FROM public.flyway_schema_history"
                    + " WHERE success AND version IS NOT NULL ORDER BY installed_rank DESC LIMIT 1")) {
                return version.next() ? Optional.of(version.getString(1)) : Optional.empty();
            }
        }
    }
}
