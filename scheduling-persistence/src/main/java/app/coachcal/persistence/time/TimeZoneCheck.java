package app.coachcal.persistence.time;

import app.coachcal.persistence.startup.CoachcalDataSource;
import app.coachcal.persistence.time.TimeZoneAgreement.Change;
import app.coachcal.persistence.time.TimeZoneAgreement.Disagreement;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneRulesProvider;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * At start-up, after the migration: do Java and PostgreSQL give every zone of an active user the same UTC
 * offsets from now to the end of the booking horizon? Logs both tz data versions and any zone that differs;
 * the {@code timezones} health check reports the outcome.
 */
@Startup
@Singleton
@DependsOn("DatabaseStartup")
@TransactionManagement(TransactionManagementType.BEAN)
@Lock(LockType.READ)
public class TimeZoneCheck {

    private static final Logger LOG = Logger.getLogger(TimeZoneCheck.class.getName());

    @Resource(lookup = CoachcalDataSource.JNDI_NAME)
    private DataSource dataSource;
    @Inject
    private Clock clock;

    private volatile List<Disagreement> disagreements = List.of();
    private volatile String failure;
    private volatile String postgres = "unknown";

    @PostConstruct
    void compareJavaWithTheDatabase() {
        Instant from = clock.instant().truncatedTo(ChronoUnit.HOURS);
        try (Connection connection = dataSource.getConnection()) {
            Instant to = from.plus(Duration.ofDays(horizonDays(connection) + 1));
            Map<String, List<Change>> changes = TimeZoneQueries.offsetChanges(connection, from, to);
            disagreements = TimeZoneAgreement.disagreements(changes, from, to, TimeZoneAgreement.JAVA);
            postgres = TimeZoneQueries.describePostgres(connection);
            log(changes.size(), from, to);
        } catch (SQLException e) {
            failure = "the time-zone data could not be compared: " + e.getMessage();
            LOG.log(Level.SEVERE, failure);
        }
    }

    private void log(int zones, Instant from, Instant to) {
        String versions = "Time-zone data: Java tzdata " + javaTzdataVersion() + ", PostgreSQL " + postgres;
        if (disagreements.isEmpty()) {
            LOG.info(() -> versions + "; the " + zones + " zone(s) of active users agree from " + from + " to " + to);
            return;
        }
        for (Disagreement each : disagreements) {
            LOG.severe(() -> versions + "; they disagree on " + each.zone() + " from " + each.at() + ": Java says "
                    + each.java() + ", PostgreSQL " + each.database() + " (see the README: updating time-zone data)");
        }
    }

    private static long horizonDays(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT value FROM business_rule WHERE name = 'booking_horizon'");
             ResultSet row = statement.executeQuery()) {
            return row.next() ? row.getLong("value") : 366;
        }
    }

    /** The IANA release of the JDK's own tz data, e.g. {@code 2025a}. */
    public static String javaTzdataVersion() {
        return ZoneRulesProvider.getVersions("UTC").lastKey();
    }

    /** The zones that differ, earliest first; empty when they agree. */
    public List<Disagreement> disagreements() {
        return disagreements;
    }

    /** PostgreSQL's version and what can be told of its tz data. */
    public String postgres() {
        return postgres;
    }

    /** Why the comparison could not be made, or null. */
    public String failure() {
        return failure;
    }
}
