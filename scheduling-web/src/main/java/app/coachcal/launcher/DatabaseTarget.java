package app.coachcal.launcher;

import java.net.URI;
import java.util.Optional;

/**
 * The PostgreSQL database Coachcal will use, and how to name it in a message
 * without ever showing a password.
 *
 * @param user  the application's login (a member of {@code coachcal_app} when an owner is named)
 * @param owner the schema's owner, who runs the migrations; empty when {@code user} does
 */
public record DatabaseTarget(String jdbcUrl, String user, String password, Optional<String> owner,
                             String ownerPassword) {

    private static final String PREFIX = "jdbc:postgresql://";

    /** {@code host:port/database} of the URL, for messages; never its parameters. */
    public String describe() {
        if (!jdbcUrl.startsWith(PREFIX)) {
            return "(not a jdbc:postgresql:// URL)";
        }
        try {
            URI uri = URI.create("postgresql://" + jdbcUrl.substring(PREFIX.length()));
            int port = uri.getPort() < 0 ? 5432 : uri.getPort();
            String path = uri.getPath() == null ? "" : uri.getPath();
            return uri.getHost() + ":" + port + path;
        } catch (IllegalArgumentException e) {
            return "(an unreadable URL)";
        }
    }

    public boolean isPostgresUrl() {
        return jdbcUrl.startsWith(PREFIX);
    }
}
