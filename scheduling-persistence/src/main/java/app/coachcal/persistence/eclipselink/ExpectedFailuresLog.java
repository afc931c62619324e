package app.coachcal.persistence.eclipselink;

import java.sql.SQLException;
import org.eclipse.persistence.logging.AbstractSessionLog;
import org.eclipse.persistence.logging.SessionLog;
import org.eclipse.persistence.logging.SessionLogEntry;

/**
 * EclipseLink's log, minus its report of failures that Coachcal answers itself: a rule the database enforced
 * (SQLSTATE class 23: a constraint or a trigger's check, mapped to 409/422 by its name), a lost race (40001,
 * 40P01, retried) and a database that cannot be reached (class 08 or no connection from the pool: answered
 * 503 and logged in one line by the web layer). A failure Coachcal does not map still reaches the caller's
 * error handling, which logs it with its stack trace; everything else goes to EclipseLink's own log unchanged.
 */
final class ExpectedFailuresLog extends AbstractSessionLog {

    private final SessionLog log;

    ExpectedFailuresLog(SessionLog log) {
        this.log = log;
    }

    @Override
    public void log(SessionLogEntry entry) {
        if (!answeredElsewhere(entry.getException())) {
            log.log(entry);
        }
    }

    static boolean answeredElsewhere(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                String state = sql.getSQLState() == null ? "" : sql.getSQLState();
                return state.startsWith("23") || state.startsWith("08") || state.equals("40001")
                        || state.equals("40P01") || String.valueOf(sql.getMessage()).startsWith("Error in allocating");
            }
        }
        return false;
    }

    @Override
    public boolean shouldLog(int level, String category) {
        return log.shouldLog(level, category);
    }

    @Override
    public boolean shouldLog(int level) {
        return log.shouldLog(level);
    }

    @Override
    public int getLevel(String category) {
        return log.getLevel(category);
    }

    @Override
    public void setLevel(int level, String category) {
        log.setLevel(level, category);
    }
}
