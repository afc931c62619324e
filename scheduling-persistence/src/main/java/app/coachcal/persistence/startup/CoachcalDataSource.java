package app.coachcal.persistence.startup;

/** Where the application's pooled PostgreSQL data source is bound (defined in scheduling-web). */
public final class CoachcalDataSource {

    public static final String JNDI_NAME = "java:app/jdbc/coachcal";

    private CoachcalDataSource() {
    }
}
