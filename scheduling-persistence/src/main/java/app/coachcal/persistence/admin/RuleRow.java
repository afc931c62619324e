package app.coachcal.persistence.admin;

/** A business rule as the database holds it: value, unit, default, bounds and what it means. */
public record RuleRow(String name, int value, String unit, int defaultValue, int min, int max, String description) {
}
