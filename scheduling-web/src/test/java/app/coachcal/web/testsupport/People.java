package app.coachcal.web.testsupport;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * New people for one test, written by SQL: a coach with a unique e-mail, a zone
 * and office hours, and clients in a running coaching relationship with that
 * coach. Everyone signs in with the demo password {@value Api#PASSWORD}, so no
 * two tests ever share a calendar.
 *
 * <pre>{@code
 * People.Coach coach = People.coach("America/Los_Angeles").weekdays("09:00", "12:00").create();
 * People.Client client = coach.newClient("Europe/London");
 * client.api().book("2026-12-07T09:00:00-08:00");
 * }</pre>
 */
public final class People {

    public record Coach(long id, UUID publicId, String email, String name, ZoneId zone) {

        /** A new active client of this coach, in a relationship that began long ago and never ends. */
        public Client newClient(String clientZone) {
            return People.newClient(this, clientZone);
        }

        public Api api() {
            return Api.as(email);
        }
    }

    public record Client(long id, UUID publicId, String email, String name, ZoneId zone, Coach coach,
                         long relationshipId) {

        public Api api() {
            return Api.as(email);
        }
    }

    /** Weekly windows of the coach being built; none means the coach never takes calls. */
    public static final class CoachBuilder {
        private final String zone;
        private final List<String[]> windows = new ArrayList<>();

        private CoachBuilder(String zone) {
            this.zone = zone;
        }

        /** The window {@code [from, to)} (e.g. "09:00", "12:00") on each ISO weekday given (1 = Monday). */
        public CoachBuilder hours(String from, String to, int... isoWeekdays) {
            for (int weekday : isoWeekdays) {
                windows.add(new String[] {Integer.toString(weekday), from, to});
            }
            return this;
        }

        /** The window Monday to Friday. */
        public CoachBuilder weekdays(String from, String to) {
            return hours(from, to, 1, 2, 3, 4, 5);
        }

        public Coach create() {
            String tag = tag();
            long id = user("coach-" + tag + "@example.com", "Coach " + tag, zone, "coach");
            for (String[] window : windows) {
                Rows.update("INSERT INTO office_hours (coach_id, weekday, hours) VALUES (?, ?, timerange(?::time, ?::time))",
                        id, Integer.parseInt(window[0]), window[1], window[2]);
            }
            return new Coach(id, publicId(id), "coach-" + tag + "@example.com", "Coach " + tag, ZoneId.of(zone));
        }
    }

    /** An admin who is nothing else. */
    public record Admin(long id, String email, String name) {
    }

    private static volatile String demoPasswordHash;

    private People() {
    }

    public static CoachBuilder coach(String zone) {
        return new CoachBuilder(zone);
    }

    /** A new admin, in the given zone. */
    public static Admin admin(String zone) {
        String tag = tag();
        String email = "admin-" + tag + "@example.com";
        return new Admin(user(email, "Admin " + tag, zone, "admin"), email, "Admin " + tag);
    }

    /** One more active role for someone already created (e.g. a coach who is also an admin). */
    public static void grant(long userId, String role) {
        Rows.update("INSERT INTO user_role (user_id, role, active) VALUES (?, ?::role_name, true)", userId, role);
    }

    /**
     * A call of the client's that started in the past, loaded the only way the schema allows (superuser,
     * triggers off for the transaction), with its history row as the booking trigger would write it.
     * Returns its public id.
     */
    public static UUID pastCall(Client client, Instant start, Duration length) {
        Instant end = start.plus(length);
        try (Connection connection = Rows.connection()) {
            connection.setAutoCommit(false);
            Rows.prepare(connection, "SET LOCAL session_replication_role = replica").execute();
            long id;
            UUID publicId;
            try (PreparedStatement insert = Rows.prepare(connection,
                    "INSERT INTO appointment (relationship_id, coach_id, client_id, starts_at, ends_at, blocked, created_by)"
                            + " VALUES (?, ?, ?, ?, ?, tstzrange(?, ?, '[)'), ?) RETURNING id, public_id",
                    client.relationshipId(), client.coach().id(), client.id(), start, end, start, end, client.id());
                 ResultSet row = insert.executeQuery()) {
                row.next();
                id = row.getLong(1);
                publicId = row.getObject(2, UUID.class);
            }
            Rows.prepare(connection, "INSERT INTO appointment_history (appointment_id, action, actor_id, at, new_during)"
                    + " VALUES (?, 'created', ?, ?, tstzrange(?, ?, '[)'))", id, client.id(), start.minus(Duration.ofDays(7)),
                    start, end).execute();
            connection.commit();
            return publicId;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Client newClient(Coach coach, String zone) {
        String tag = tag();
        String email = "client-" + tag + "@example.com";
        long id = user(email, "Client " + tag, zone, "client");
        long relationship = Rows.value(Long.class, "INSERT INTO coaching_relationship (coach_id, client_id, starts_at)"
                + " VALUES (?, ?, now() - interval '400 days') RETURNING id", coach.id(), id);
        return new Client(id, publicId(id), email, "Client " + tag, ZoneId.of(zone), coach, relationship);
    }

    private static long user(String email, String name, String zone, String role) {
        long id = Rows.value(Long.class, "INSERT INTO app_user (email, display_name, time_zone, password_hash)"
                + " VALUES (?, ?, ?, ?) RETURNING id", email, name, zone, demoPasswordHash());
        Rows.update("INSERT INTO user_role (user_id, role, active) VALUES (?, ?::role_name, true)", id, role);
        return id;
    }

    private static UUID publicId(long id) {
        return Rows.value(UUID.class, "SELECT public_id FROM app_user WHERE id = ?", id);
    }

    /** The stored hash of the demo password, copied from the demo client1. */
    private static String demoPasswordHash() {
        if (demoPasswordHash == null) {
            demoPasswordHash = Rows.value(String.class,
                    "SELECT password_hash FROM app_user WHERE email = 'client1@example.com'");
        }
        return demoPasswordHash;
    }

    private static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
