package app.coachcal.persistence.startup;

import java.util.Optional;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Who runs the migrations: the schema's owner ({@code COACHCAL_DB_OWNER} and
 * {@code COACHCAL_DB_OWNER_PASSWORD}) when one is named, so that the
 * application itself can connect as a member of {@code coachcal_app}, which
 * may not change the schema (V13); otherwise the application's own user, as
 * one user does both.
 *
 * <pre>{@code
 * DataSource migrator = MigrationDataSource.choose(owner, ownerPassword, url, applicationDataSource);
 * }</pre>
 */
public final class MigrationDataSource {

    private MigrationDataSource() {
    }

    public static DataSource choose(Optional<String> owner, String ownerPassword, String url,
                                    DataSource application) {
        if (owner.isEmpty() || owner.get().isBlank()) {
            return application;
        }
        PGSimpleDataSource asOwner = new PGSimpleDataSource();
        asOwner.setUrl(url);
        asOwner.setUser(owner.get().strip());
        asOwner.setPassword(ownerPassword);
        asOwner.setApplicationName("coachcal-migration");
        return asOwner;
    }
}
