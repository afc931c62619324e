package app.coachcal.persistence.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Guards db/CONVENTIONS.md and the house style against the migrated schema:
 * Java maps errors to messages by the names listed there, so the list must be
 * exactly the names the database can report.
 */
class ConventionsIT extends SchemaTest {

    private static final String OURS = "n.nspname = current_schema() AND t.relname <> 'flyway_schema_history'";
    /**
     * PostgreSQL 18 (the embedded default) lists every NOT NULL as a constraint of its own (contype
     * 'n', named table_column_not_null); 15 does not. Ours are column properties on both.
     */
    private static final String NOT_NOT_NULL = " AND c.contype <> 'n'";

    private Set<String> strings(String query) throws SQLException {
        Set<String> result = new TreeSet<>();
        try (PreparedStatement statement = sql.prepareStatement(query); ResultSet row = statement.executeQuery()) {
            while (row.next()) {
                result.add(row.getString(1));
            }
        }
        return result;
    }

    private Set<String> namesInTheDatabase() throws SQLException {
        return strings("SELECT c.conname FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid"
                + " JOIN pg_namespace n ON n.oid = t.relnamespace WHERE " + OURS + NOT_NOT_NULL
                + " UNION SELECT i.relname FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid"
                + " JOIN pg_class t ON t.oid = x.indrelid JOIN pg_namespace n ON n.oid = t.relnamespace"
                + " WHERE x.indisunique AND " + OURS
                + " UNION SELECT tg.tgname FROM pg_trigger tg JOIN pg_class t ON t.oid = tg.tgrelid"
                + " JOIN pg_namespace n ON n.oid = t.relnamespace WHERE NOT tg.tgisinternal AND " + OURS
                + " UNION SELECT m[1] FROM pg_proc p JOIN pg_language l ON l.oid = p.prolang,"
                + " regexp_matches(p.prosrc, 'CONSTRAINT = ''([a-z_]+)''', 'g') AS m"
                + " WHERE l.lanname = 'plpgsql' AND p.pronamespace = current_schema()::regnamespace");
    }

    private static Set<String> namesInConventions() throws IOException {
        String text;
        try (InputStream in = ConventionsIT.class.getResourceAsStream("/db/CONVENTIONS.md")) {
            assertThat(in).as("db/CONVENTIONS.md on the class path").isNotNull();
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Set<String> names = new TreeSet<>();
        Matcher row = Pattern.compile("(?m)^\\| `([a-z_]+)` \\|").matcher(text);
        while (row.find()) {
            names.add(row.group(1));
        }
        return names;
    }

    @Test
    void conventions_list_every_constraint_and_trigger_name_and_no_other() throws Exception {
        assertThat(namesInConventions()).isEqualTo(namesInTheDatabase());
    }

    @Test
    void every_table_constraint_unique_index_and_trigger_says_why_in_a_comment() throws SQLException {
        Set<String> silent = strings(
                "SELECT 'table ' || t.relname FROM pg_class t JOIN pg_namespace n ON n.oid = t.relnamespace"
                + " WHERE t.relkind = 'r' AND obj_description(t.oid, 'pg_class') IS NULL AND " + OURS
                + " UNION SELECT 'constraint ' || c.conname FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid"
                + " JOIN pg_namespace n ON n.oid = t.relnamespace"
                + " WHERE c.contype <> 'p' AND obj_description(c.oid, 'pg_constraint') IS NULL AND " + OURS + NOT_NOT_NULL
                + " UNION SELECT 'index ' || i.relname FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid"
                + " JOIN pg_class t ON t.oid = x.indrelid JOIN pg_namespace n ON n.oid = t.relnamespace"
                + " WHERE x.indisunique AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid)"
                + " AND obj_description(i.oid, 'pg_class') IS NULL AND " + OURS
                + " UNION SELECT 'trigger ' || tg.tgname FROM pg_trigger tg JOIN pg_class t ON t.oid = tg.tgrelid"
                + " JOIN pg_namespace n ON n.oid = t.relnamespace"
                + " WHERE NOT tg.tgisinternal AND obj_description(tg.oid, 'pg_trigger') IS NULL AND " + OURS);

        assertThat(silent).isEmpty();
    }

    @Test
    void every_foreign_key_says_what_happens_on_delete() throws SQLException {
        Set<String> defaulted = strings("SELECT c.conname FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid"
                + " JOIN pg_namespace n ON n.oid = t.relnamespace"
                + " WHERE c.contype = 'f' AND c.confdeltype = 'a' AND " + OURS);

        assertThat(defaulted).isEmpty();
    }

    @Test
    void instants_are_always_timestamptz() throws SQLException {
        Set<String> zoneless = strings("SELECT t.relname || '.' || a.attname FROM pg_attribute a"
                + " JOIN pg_class t ON t.oid = a.attrelid JOIN pg_namespace n ON n.oid = t.relnamespace"
                + " WHERE t.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped"
                + " AND a.atttypid IN ('timestamp'::regtype, 'timetz'::regtype, 'tsrange'::regtype) AND " + OURS);

        assertThat(zoneless).isEmpty();
    }
}
