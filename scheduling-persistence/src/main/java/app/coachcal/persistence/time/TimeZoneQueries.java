package app.coachcal.persistence.time;

import app.coachcal.persistence.time.TimeZoneAgreement.Change;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What PostgreSQL's own tz data says, asked in one query for every zone of an active user. */
final class TimeZoneQueries {

    private static final Pattern SYSTEM_TZDATA = Pattern.compile("--with-system-tzdata=([^' ]+)");
    private static final Pattern TZDATA_RELEASE = Pattern.compile("# version (\\w+)");

    /**
     * Hourly samples of each zone's offset from ?1 to ?2, kept only where the offset differs from the hour
     * before (and the first): a few rows per zone instead of thousands.
     */
    private static final String OFFSET_CHANGES = """
            WITH zones AS (
                SELECT zone_name FROM active_user_time_zones() AS z(zone_name)),
            samples AS (
                SELECT z.zone_name, h.sampled_at,
                       EXTRACT(EPOCH FROM (h.sampled_at AT TIME ZONE z.zone_name)
                                          - (h.sampled_at AT TIME ZONE 'UTC'))::int AS offset_seconds
                  FROM zones z
                 CROSS JOIN generate_series(CAST(? AS timestamptz), CAST(? AS timestamptz), interval '1 hour')
                         AS h(sampled_at)),
            marked AS (
                SELECT zone_name, sampled_at, offset_seconds,
                       lag(offset_seconds) OVER (PARTITION BY zone_name ORDER BY sampled_at) AS offset_before
                  FROM samples)
            SELECT zone_name, sampled_at, offset_seconds FROM marked
             WHERE offset_before IS NULL OR offset_before <> offset_seconds
             ORDER BY zone_name, sampled_at
            """;

    private TimeZoneQueries() {
    }

    static Map<String, List<Change>> offsetChanges(Connection connection, Instant from, Instant to)
            throws SQLException {
        Map<String, List<Change>> changes = new TreeMap<>();
        try (PreparedStatement statement = connection.prepareStatement(OFFSET_CHANGES)) {
            statement.setObject(1, from.atOffset(ZoneOffset.UTC));
            statement.setObject(2, to.atOffset(ZoneOffset.UTC));
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    changes.computeIfAbsent(row.getString("zone_name"), zone -> new ArrayList<>()).add(new Change(
                            row.getObject("sampled_at", OffsetDateTime.class).toInstant(),
                            ZoneOffset.ofTotalSeconds(row.getInt("offset_seconds"))));
                }
            }
        }
        return changes;
    }

    /**
     * PostgreSQL has no function that names its tz data release. Built with the system's copy (as Debian's
     * packages are), the release is the first line of that copy's {@code tzdata.zi}, which a superuser may
     * read; built with its own copy (as the embedded binaries are), the server version says which one.
     */
    static String describePostgres(Connection connection) throws SQLException {
        String version = firstValue(connection, "SHOW server_version", null);
        String configure = firstValue(connection, "SELECT setting FROM pg_config WHERE name = 'CONFIGURE'", null);
        if (configure == null) {
            return version + " (its tzdata release cannot be read without superuser rights)";
        }
        Matcher system = SYSTEM_TZDATA.matcher(configure);
        if (!system.find()) {
            return version + " with its own tzdata copy (the one this release ships)";
        }
        String head = firstValue(connection, "SELECT pg_read_file(? || '/tzdata.zi', 0, 64)", system.group(1));
        Matcher release = TZDATA_RELEASE.matcher(head == null ? "" : head);
        return version + " with the system's tzdata " + (release.find() ? release.group(1) : "(release unknown)")
                + " in " + system.group(1);
    }

    /** The first column of the first row, or null when there is none or the server refuses (permissions). */
    private static String firstValue(Connection connection, String query, String parameter) {
        try (PreparedStatement statement = connection.prepareStatement(query)) {
            if (parameter != null) {
                statement.setString(1, parameter);
            }
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        } catch (SQLException e) {
            return null;
        }
    }
}
