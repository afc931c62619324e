package app.coachcal.web.testsupport;

/**
 * A business rule set to another value for one test, and back to its default
 * when closed. Rules are global rows, so every change must be undone.
 *
 * <pre>{@code
 * try (RuleSetting buffer = RuleSetting.set("buffer", 30)) {
 *     ...
 * }
 * }</pre>
 */
public final class RuleSetting implements AutoCloseable {

    private final String name;

    private RuleSetting(String name) {
        this.name = name;
    }

    public static RuleSetting set(String name, int value) {
        Rows.update("UPDATE business_rule SET value = ? WHERE name = ?", value, name);
        return new RuleSetting(name);
    }

    @Override
    public void close() {
        Rows.update("UPDATE business_rule SET value = default_value WHERE name = ?", name);
    }
}
