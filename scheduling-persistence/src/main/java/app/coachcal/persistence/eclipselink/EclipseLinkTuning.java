package app.coachcal.persistence.eclipselink;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;

/**
 * Two defaults of EclipseLink that do not suit Coachcal, changed when the persistence unit starts (named in
 * {@code persistence.xml}, {@code eclipselink.session.customizer}; no persistence-unit property reaches them):
 * <ul>
 * <li>it retried a failed read three times, five seconds apart, so that with the database gone a page or an
 *     API answer took ten seconds or more before saying "try again shortly". One immediate retry still
 *     replaces a connection that went stale (the pool validates connections too);</li>
 * <li>it logged a stack trace for every rule the database enforced, although each is an expected answer
 *     (409, 422): see {@link ExpectedFailuresLog}.</li>
 * </ul>
 */
public class EclipseLinkTuning implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        if (session.getDatasourceLogin() instanceof DatabaseLogin login) {
            login.setQueryRetryAttemptCount(1);
            login.setDelayBetweenConnectionAttempts(0);
        }
        session.setSessionLog(new ExpectedFailuresLog(session.getSessionLog()));
    }
}
