package app.coachcal.persistence.staff;

import app.coachcal.domain.officehours.ExtraHours;
import app.coachcal.domain.officehours.TimeOff;
import app.coachcal.domain.officehours.WeeklyWindow;
import app.coachcal.persistence.sql.Columns;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;

/** Reads and writes the rows of {@code office_hours}, {@code time_off} and {@code extra_hours} of one coach. */
@ApplicationScoped
public class HoursStore {

    @PersistenceContext(unitName = "coachcal")
    private EntityManager em;

    public HoursEntries entries(long coachId) {
        List<HoursEntries.Entry<WeeklyWindow>> windows = rows("SELECT id, weekday, lower(hours), upper(hours)"
                + " FROM office_hours WHERE coach_id = ?1 ORDER BY weekday, lower(hours)", coachId).stream()
                .map(row -> new HoursEntries.Entry<>(Columns.number(row[0]), new WeeklyWindow(
                        DayOfWeek.of((int) Columns.number(row[1])), Columns.localTime(row[2]), Columns.localTime(row[3]))))
                .toList();
        List<HoursEntries.TimeOffEntry> off = rows("SELECT id, lower(days), upper(days), reason FROM time_off"
                + " WHERE coach_id = ?1 ORDER BY lower(days)", coachId).stream()
                .map(row -> new HoursEntries.TimeOffEntry(Columns.number(row[0]), new TimeOff(
                        Columns.localDate(row[1]), Columns.localDate(row[2]).minusDays(1)), (String) row[3]))
                .toList();
        List<HoursEntries.Entry<ExtraHours>> extra = rows("SELECT id, on_date, lower(hours), upper(hours)"
                + " FROM extra_hours WHERE coach_id = ?1 ORDER BY on_date, lower(hours)", coachId).stream()
                .map(row -> new HoursEntries.Entry<>(Columns.number(row[0]), new ExtraHours(
                        Columns.localDate(row[1]), Columns.localTime(row[2]), Columns.localTime(row[3]))))
                .toList();
        return new HoursEntries(windows, off, extra);
    }

    /**
     * The entries, after locking the coach's row so that two changes by the same coach take turns, and writing
     * the coach's membership, which every booking of this coach reads FOR SHARE (V11): bookings under way finish
     * first, so the stranded calls read next include them, and bookings that start later wait for this change.
     */
    public HoursEntries lockedEntries(long coachId) {
        em.createNativeQuery("SELECT id FROM app_user WHERE id = ?1 FOR UPDATE").setParameter(1, coachId)
                .getResultList();
        update("UPDATE user_role SET since = since WHERE user_id = ?1 AND role = 'coach'", coachId);
        return entries(coachId);
    }

    public void write(long coachId, HoursChange change) {
        if (change instanceof HoursChange.AddWindow add) {
            update("INSERT INTO office_hours (coach_id, weekday, hours) VALUES (?1, ?2,"
                    + " timerange(CAST(?3 AS time), CAST(?4 AS time)))", coachId, add.day().getValue(),
                    text(add.start()), endText(add.end()));
        } else if (change instanceof HoursChange.RemoveWindow remove) {
            update("DELETE FROM office_hours WHERE coach_id = ?1 AND id = ?2", coachId, remove.id());
        } else if (change instanceof HoursChange.AddTimeOff add) {
            update("INSERT INTO time_off (coach_id, days, reason) VALUES (?1, daterange(CAST(?2 AS date),"
                    + " CAST(?3 AS date), '[]'), ?4)", coachId, add.first().toString(), add.last().toString(),
                    add.reason());
        } else if (change instanceof HoursChange.RemoveTimeOff remove) {
            update("DELETE FROM time_off WHERE coach_id = ?1 AND id = ?2", coachId, remove.id());
        } else if (change instanceof HoursChange.AddExtraHours add) {
            update("INSERT INTO extra_hours (coach_id, on_date, hours) VALUES (?1, CAST(?2 AS date),"
                    + " timerange(CAST(?3 AS time), CAST(?4 AS time)))", coachId, add.date().toString(),
                    text(add.start()), endText(add.end()));
        } else if (change instanceof HoursChange.RemoveExtraHours remove) {
            update("DELETE FROM extra_hours WHERE coach_id = ?1 AND id = ?2", coachId, remove.id());
        }
    }

    private static String text(LocalTime time) {
        return time.toString();
    }

    private static String endText(LocalTime end) {
        return end.equals(LocalTime.MIDNIGHT) ? "24:00" : end.toString();
    }

    private void update(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        query.executeUpdate();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, long coachId) {
        return em.createNativeQuery(sql).setParameter(1, coachId).getResultList();
    }
}
