package app.coachcal.web.testsupport;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * Every application table's row count and a digest of all its rows: two databases with equal
 * fingerprints hold the same rows, history included.
 */
public final class TableFingerprints {

    private TableFingerprints() {
    }

    /** {@code "public.appointment" -> "3 rows, <md5>"} for every table of the public schema. */
    public static Map<String, String> of(DataSource database) {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery(
                    "SELECT format('%I.%I', schemaname, tablename) FROM pg_tables WHERE schemaname = 'public'")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            Map<String, String> fingerprints = new TreeMap<>();
            for (String table : tables) {
                try (ResultSet row = statement.executeQuery("SELECT count(*), md5(coalesce(string_agg(t::text, '|' ORDER BY t::text COLLATE \"C\"), ''))"
                        + " FROM " + table + " t")) {
                    row.next();
                    fingerprints.put(table, row.getLong(1) + " rows, " + row.getString(2));
                }
            }
            return fingerprints;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The row count of one table, from a fingerprint map. */
    public static long rows(Map<String, String> fingerprints, String table) {
        return Long.parseLong(fingerprints.get(table).substring(0, fingerprints.get(table).indexOf(' ')));
    }
}
