package app.coachcal.persistence.calendar;

import app.coachcal.domain.officehours.ExtraHours;
import app.coachcal.domain.officehours.OfficeHours;
import app.coachcal.domain.officehours.TimeOff;
import app.coachcal.domain.officehours.WeeklyWindow;
import app.coachcal.persistence.sql.Columns;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.List;

/** A coach's office hours as the domain reads them: weekly windows, time off and extra hours. */
@ApplicationScoped
public class OfficeHoursRepository {

    @PersistenceContext(unitName = "coachcal")
    private EntityManager em;

    public OfficeHours of(long coachId, ZoneId coachZone) {
        List<WeeklyWindow> weekly = rows("SELECT weekday, lower(hours), upper(hours) FROM office_hours"
                + " WHERE coach_id = ?1 ORDER BY weekday, lower(hours)", coachId).stream()
                .map(row -> new WeeklyWindow(DayOfWeek.of((int) Columns.number(row[0])),
                        Columns.localTime(row[1]), Columns.localTime(row[2])))
                .toList();
        // daterange is canonical [first, day after last).
        List<TimeOff> timeOff = rows("SELECT lower(days), upper(days) FROM time_off WHERE coach_id = ?1", coachId)
                .stream()
                .map(row -> new TimeOff(Columns.localDate(row[0]), Columns.localDate(row[1]).minusDays(1)))
                .toList();
        List<ExtraHours> extra = rows("SELECT on_date, lower(hours), upper(hours) FROM extra_hours"
                + " WHERE coach_id = ?1", coachId).stream()
                .map(row -> new ExtraHours(Columns.localDate(row[0]), Columns.localTime(row[1]),
                        Columns.localTime(row[2])))
                .toList();
        return new OfficeHours(coachZone, weekly, timeOff, extra);
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, long coachId) {
        return em.createNativeQuery(sql).setParameter(1, coachId).getResultList();
    }
}
