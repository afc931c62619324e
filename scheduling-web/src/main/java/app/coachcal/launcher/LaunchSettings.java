package app.coachcal.launcher;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The settings of one start, read from the environment (see the README's table).
 *
 * @param port            the HTTP port ({@code PORT}, default 8080)
 * @param databaseUrl     {@code COACHCAL_DB_URL}, empty for the embedded database
 * @param databaseUser    {@code COACHCAL_DB_USER}, default {@code postgres}
 * @param databasePassword {@code COACHCAL_DB_PASSWORD}, default empty
 * @param databaseOwner   {@code COACHCAL_DB_OWNER}, who migrates; empty when {@code databaseUser} does
 * @param databaseOwnerPassword {@code COACHCAL_DB_OWNER_PASSWORD}, default empty
 * @param dataDirectory   {@code COACHCAL_DATA_DIR}, default {@code ~/.coachcal/data}
 * @param demo            {@code COACHCAL_DEMO}: {@code true}, {@code false} or empty (decide by database)
 */
public record LaunchSettings(int port, Optional<String> databaseUrl, String databaseUser,
                             String databasePassword, Optional<String> databaseOwner, String databaseOwnerPassword,
                             Path dataDirectory, Optional<Boolean> demo) {

    public static LaunchSettings from(Map<String, String> env) throws LaunchFailure {
        return new LaunchSettings(
                port(env.getOrDefault("PORT", "8080").strip()),
                nonBlank(env.get("COACHCAL_DB_URL")),
                nonBlank(env.get("COACHCAL_DB_USER")).orElse("postgres"),
                env.getOrDefault("COACHCAL_DB_PASSWORD", ""),
                nonBlank(env.get("COACHCAL_DB_OWNER")),
                env.getOrDefault("COACHCAL_DB_OWNER_PASSWORD", ""),
                nonBlank(env.get("COACHCAL_DATA_DIR")).map(Path::of)
                        .orElse(Path.of(System.getProperty("user.home"), ".coachcal", "data")),
                demo(env.getOrDefault("COACHCAL_DEMO", "").strip()));
    }

    private static int port(String text) throws LaunchFailure {
        if (text.matches("[0-9]{1,5}")) {
            int port = Integer.parseInt(text);
            if (port >= 1 && port <= 65535) {
                return port;
            }
        }
        throw new LaunchFailure("PORT must be a number from 1 to 65535, not \"" + printable(text) + "\"");
    }

    private static Optional<Boolean> demo(String text) throws LaunchFailure {
        return switch (text) {
            case "" -> Optional.empty();
            case "true" -> Optional.of(true);
            case "false" -> Optional.of(false);
            default -> throw new LaunchFailure("COACHCAL_DEMO must be true or false, not \"" + printable(text) + "\"");
        };
    }

    private static Optional<String> nonBlank(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    static String printable(String text) {
        String cut = text.length() > 20 ? text.substring(0, 20) + "…" : text;
        return cut.replaceAll("\\p{Cntrl}", "?");
    }
}
