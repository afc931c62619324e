package app.coachcal.web;

import app.coachcal.persistence.startup.CoachcalDataSource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The pooled PostgreSQL data source, configured from the environment.
 *
 * <p>Payara resolves {@code ${MPCONFIG=...}} through MicroProfile Config, which
 * reads {@code COACHCAL_DB_URL}, {@code COACHCAL_DB_USER} and
 * {@code COACHCAL_DB_PASSWORD} from the environment (defaults in
 * {@code META-INF/microprofile-config.properties}). Short timeouts let the
 * health check answer DOWN quickly when the database is gone, and validation
 * lets the pool recover when it is back.
 */
@ApplicationScoped
@DataSourceDefinition(
        name = CoachcalDataSource.JNDI_NAME,
        className = "org.postgresql.ds.PGSimpleDataSource",
        url = "${MPCONFIG=coachcal.db.url}",
        user = "${MPCONFIG=coachcal.db.user}",
        password = "${MPCONFIG=coachcal.db.password}",
        minPoolSize = 2,
        maxPoolSize = 40,
        properties = {
            "connectTimeout=5",
            "loginTimeout=5",
            "socketTimeout=60",
            "ApplicationName=coachcal",
            // Strings bind untyped, so PostgreSQL casts them to enum and uuid columns.
            "stringtype=unspecified",
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=custom-validation",
            "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.PostgresConnectionValidation",
            "fish.payara.fail-all-connections=true",
            "fish.payara.max-wait-time-in-millis=5000"
        })
public class CoachcalDataSourceDefinition {
}
