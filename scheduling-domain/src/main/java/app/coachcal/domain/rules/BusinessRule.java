package app.coachcal.domain.rules;

import java.util.Arrays;
import java.util.Optional;

/**
 * The business rules of {@code docs/booking-model.md}: one row each of table {@code business_rule},
 * a whole number in a fixed unit between its own bounds.
 */
public enum BusinessRule {
    CALL_LENGTH("call_length", RuleUnit.MINUTES, 60, 15, 240,
            "length of every call"),
    SLOT_GRANULARITY("slot_granularity", RuleUnit.MINUTES, 30, 5, 60,
            "a call starts at a local time (coach's zone) whose minutes since midnight are a multiple of this"),
    BOOKING_NOTICE("booking_notice", RuleUnit.MINUTES, 120, 0, 20160,
            "a call must start at least this long after the moment it is booked or moved to"),
    BOOKING_HORIZON("booking_horizon", RuleUnit.DAYS, 60, 1, 366,
            "a call must start at most this long after now"),
    CHANGE_NOTICE("change_notice", RuleUnit.MINUTES, 1440, 0, 20160,
            "a call can be moved or cancelled (by its client) only up to this long before it starts"),
    HISTORY_WINDOW("history_window", RuleUnit.WEEKS, 12, 0, 104,
            "how far back a client may list past calls"),
    MONTHLY_CALL_LIMIT("monthly_call_limit", RuleUnit.CALLS, 2, 1, 31,
            "booked calls per client per calendar month (in the client's zone)"),
    BUFFER("buffer", RuleUnit.MINUTES, 0, 0, 120,
            "free time the coach keeps between two calls"),
    LOOKAHEAD_CAP("lookahead_cap", RuleUnit.WEEKS, 8, 1, 26,
            "most weeks one availability request (or prefetch) may cover");

    private final String dbName;
    private final RuleUnit unit;
    private final int defaultValue;
    private final int min;
    private final int max;
    private final String meaning;

    BusinessRule(String dbName, RuleUnit unit, int defaultValue, int min, int max, String meaning) {
        this.dbName = dbName;
        this.unit = unit;
        this.defaultValue = defaultValue;
        this.min = min;
        this.max = max;
        this.meaning = meaning;
    }

    /** The rule whose {@code business_rule.name} is {@code dbName}, e.g. {@code call_length}. */
    public static Optional<BusinessRule> fromDbName(String dbName) {
        return Arrays.stream(values()).filter(rule -> rule.dbName.equals(dbName)).findFirst();
    }

    public boolean allows(long value) {
        return value >= min && value <= max;
    }

    /** {@code value} itself when the rule allows it; otherwise an {@link IllegalArgumentException} that says the bounds. */
    public int checked(long value) {
        if (!allows(value)) {
            throw new IllegalArgumentException(dbName + " must be from " + min + " to " + max + " " + unit.word()
                    + ", not " + value);
        }
        return (int) value;
    }

    public String dbName() { return dbName; }

    public RuleUnit unit() { return unit; }

    public int defaultValue() { return defaultValue; }

    public int min() { return min; }

    public int max() { return max; }

    /** One line saying what the rule does, as in the doc's table. */
    public String meaning() { return meaning; }
}
