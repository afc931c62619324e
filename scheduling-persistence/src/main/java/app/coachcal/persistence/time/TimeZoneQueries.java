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

/** What PostgreSQL's own tz data says, asked in one query for every zone of an active user. */
final class TimeZoneQueries {

    /**
     * Hourly samples of each zone's offset from ?1 to ?2, kept only where the offset differs from the hour
     * before (and the first): a few rows per zone instead of thousands.
     */
    private static final String OFFSET_CHANGES = """
            WITH zones AS (
                SELECT DISTINCT u.time_zone AS zone_name
                  FROM app_user u JOIN user_role r ON r.user_id = u.id AND r.active),
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

    /** PostgreSQL has no function that names its tz data release; its version says which one it ships. */
    static String serverVersion(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SHOW server_version");
             ResultSet row = statement.executeQuery()) {
            return row.next() ? row.getString(1) : "unknown";
        }
    }
}
