package app.coachcal.domain.rules;

/** The unit a business rule's whole-number value is counted in, spelt as in the {@code business_rule} table. */
public enum RuleUnit {
    MINUTES("minutes"),
    DAYS("days"),
    WEEKS("weeks"),
    CALLS("calls");

    private final String word;

    RuleUnit(String word) {
        this.word = word;
    }

    /** The unit as the database and the admin pages write it, e.g. {@code minutes}. */
    public String word() {
        return word;
    }
}
