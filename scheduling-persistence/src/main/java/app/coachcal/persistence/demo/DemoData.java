package app.coachcal.persistence.demo;

import app.coachcal.persistence.signin.PasswordHashing;
import app.coachcal.persistence.sql.Columns;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.logging.Logger;

/**
 * The demo people of the README: an admin, three coaches in three zones with
 * weekday office hours, and twelve clients, four per coach, all with the
 * password {@value #PASSWORD}. Loaded in one transaction, never twice.
 */
@ApplicationScoped
public class DemoData {

    public static final String PASSWORD = "coachcal-demo";
    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    private record Person(String email, String name, String zone) {
    }

    private static final Person ADMIN = new Person("admin@example.com", "Ada Admin", "Europe/London");
    private static final List<Person> COACHES = List.of(
            new Person("coach.la@example.com", "Lara Lopez", "America/Los_Angeles"),
            new Person("coach.london@example.com", "Leo Lewis", "Europe/London"),
            new Person("coach.kolkata@example.com", "Kavya Iyer", "Asia/Kolkata"));
    private static final List<String> CLIENT_ZONES = List.of(
            "America/Los_Angeles", "America/New_York", "America/Chicago", "Pacific/Honolulu",
            "Europe/London", "Europe/Paris", "Europe/Berlin", "Africa/Lagos",
            "Asia/Kolkata", "Asia/Singapore", "Australia/Sydney", "Asia/Dubai");

    @PersistenceContext(unitName = "coachcal")
    private EntityManager em;
    @Inject
    private PasswordHashing passwordHash;

    /** {@code mode}: {@code true} (unless already there), {@code if-empty} (only into a database with no users), else nothing. */
    @Transactional
    public void load(String mode) {
        boolean wanted = switch (mode) {
            case "true" -> !exists(ADMIN.email());
            case "if-empty" -> count("SELECT count(*) FROM app_user") == 0;
            default -> false;
        };
        if (!wanted) {
            return;
        }
        // One hash for all: they share a password anyway, and each hash costs ~0.3 s of PBKDF2.
        String hash = passwordHash.hash(PASSWORD);
        long admin = addUser(ADMIN, "admin", hash);
        for (int c = 0; c < COACHES.size(); c++) {
            long coach = addUser(COACHES.get(c), "coach", hash);
            addOfficeHours(coach);
            for (int k = 1; k <= 4; k++) {
                int number = c * 4 + k;
                long client = addUser(new Person("client" + number + "@example.com", "Client " + number,
                        CLIENT_ZONES.get(number - 1)), "client", hash);
                em.createNativeQuery("INSERT INTO coaching_relationship (coach_id, client_id, starts_at, ends_at)"
                                + " VALUES (?1, ?2, now(), now() + interval '1 year')")
                        .setParameter(1, coach).setParameter(2, client).executeUpdate();
            }
        }
        LOG.info(() -> "Demo data loaded: admin (id " + admin + "), 3 coaches, 12 clients; password " + PASSWORD);
    }

    private long addUser(Person person, String role, String hash) {
        Object id = em.createNativeQuery("INSERT INTO app_user (email, display_name, time_zone, password_hash)"
                        + " VALUES (?1, ?2, ?3, ?4) RETURNING id")
                .setParameter(1, person.email())
                .setParameter(2, person.name())
                .setParameter(3, person.zone())
                .setParameter(4, hash)
                .getSingleResult();
        long userId = Columns.number(id);
        em.createNativeQuery("INSERT INTO user_role (user_id, role, active) VALUES (?1, CAST(?2 AS role_name), true)")
                .setParameter(1, userId).setParameter(2, role).executeUpdate();
        return userId;
    }

    /** Monday to Friday, 09:00–12:00 and 13:00–17:00 in the coach's own zone. */
    private void addOfficeHours(long coachId) {
        em.createNativeQuery("INSERT INTO office_hours (coach_id, weekday, hours)"
                        + " SELECT ?1, day, timerange(window_start, window_end)"
                        + " FROM generate_series(1, 5) AS day,"
                        + " (VALUES (time '09:00', time '12:00'), (time '13:00', time '17:00')) AS w(window_start, window_end)")
                .setParameter(1, coachId).executeUpdate();
    }

    private boolean exists(String email) {
        return count("SELECT count(*) FROM app_user WHERE lower(email) = '" + email + "'") > 0;
    }

    private long count(String sql) {
        return Columns.number(em.createNativeQuery(sql).getSingleResult());
    }
}
