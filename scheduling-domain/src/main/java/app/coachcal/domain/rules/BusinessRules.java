package app.coachcal.domain.rules;

import static app.coachcal.domain.rules.BusinessRule.BOOKING_HORIZON;
import static app.coachcal.domain.rules.BusinessRule.BOOKING_NOTICE;
import static app.coachcal.domain.rules.BusinessRule.BUFFER;
import static app.coachcal.domain.rules.BusinessRule.CALL_LENGTH;
import static app.coachcal.domain.rules.BusinessRule.CHANGE_NOTICE;
import static app.coachcal.domain.rules.BusinessRule.HISTORY_WINDOW;
import static app.coachcal.domain.rules.BusinessRule.LOOKAHEAD_CAP;
import static app.coachcal.domain.rules.BusinessRule.MONTHLY_CALL_LIMIT;
import static app.coachcal.domain.rules.BusinessRule.SLOT_GRANULARITY;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The values of all business rules at one moment, typed. Every value is checked against its rule's bounds,
 * and durations must be whole units of their rule (whole minutes, whole days).
 * {@code bookingHorizon} is that many days of 24 hours each.
 */
public record BusinessRules(
        Duration callLength,
        Duration slotGranularity,
        Duration bookingNotice,
        Duration bookingHorizon,
        Duration changeNotice,
        int historyWindowWeeks,
        int monthlyCallLimit,
        Duration buffer,
        int lookaheadCapWeeks) {

    private static final Duration MINUTE = Duration.ofMinutes(1);
    private static final Duration DAY = Duration.ofDays(1);

    public BusinessRules {
        inUnits(CALL_LENGTH, callLength, MINUTE);
        inUnits(SLOT_GRANULARITY, slotGranularity, MINUTE);
        inUnits(BOOKING_NOTICE, bookingNotice, MINUTE);
        inUnits(BOOKING_HORIZON, bookingHorizon, DAY);
        inUnits(CHANGE_NOTICE, changeNotice, MINUTE);
        HISTORY_WINDOW.checked(historyWindowWeeks);
        MONTHLY_CALL_LIMIT.checked(monthlyCallLimit);
        inUnits(BUFFER, buffer, MINUTE);
        LOOKAHEAD_CAP.checked(lookaheadCapWeeks);
    }

    /** Every rule at its default value. */
    public static BusinessRules defaults() {
        Map<BusinessRule, Integer> values = new EnumMap<>(BusinessRule.class);
        for (BusinessRule rule : BusinessRule.values()) {
            values.put(rule, rule.defaultValue());
        }
        return fromValues(values);
    }

    /** The rules from one whole number per rule (as read from {@code business_rule}); refuses a missing or out-of-bounds value. */
    public static BusinessRules fromValues(Map<BusinessRule, Integer> values) {
        for (BusinessRule rule : BusinessRule.values()) {
            Integer value = values.get(rule);
            if (value == null) {
                throw new IllegalArgumentException("Business rule " + rule.dbName() + " has no value");
            }
            rule.checked(value);
        }
        return new BusinessRules(
                Duration.ofMinutes(values.get(CALL_LENGTH)),
                Duration.ofMinutes(values.get(SLOT_GRANULARITY)),
                Duration.ofMinutes(values.get(BOOKING_NOTICE)),
                Duration.ofDays(values.get(BOOKING_HORIZON)),
                Duration.ofMinutes(values.get(CHANGE_NOTICE)),
                values.get(HISTORY_WINDOW),
                values.get(MONTHLY_CALL_LIMIT),
                Duration.ofMinutes(values.get(BUFFER)),
                values.get(LOOKAHEAD_CAP));
    }

    /** The whole number stored for {@code rule}, in the rule's unit. */
    public int value(BusinessRule rule) {
        return switch (rule) {
            case CALL_LENGTH -> (int) callLength.toMinutes();
            case SLOT_GRANULARITY -> (int) slotGranularity.toMinutes();
            case BOOKING_NOTICE -> (int) bookingNotice.toMinutes();
            case BOOKING_HORIZON -> (int) bookingHorizon.toDays();
            case CHANGE_NOTICE -> (int) changeNotice.toMinutes();
            case HISTORY_WINDOW -> historyWindowWeeks;
            case MONTHLY_CALL_LIMIT -> monthlyCallLimit;
            case BUFFER -> (int) buffer.toMinutes();
            case LOOKAHEAD_CAP -> lookaheadCapWeeks;
        };
    }

    /** One whole number per rule, ready to be written to {@code business_rule}. */
    public Map<BusinessRule, Integer> values() {
        Map<BusinessRule, Integer> values = new EnumMap<>(BusinessRule.class);
        for (BusinessRule rule : BusinessRule.values()) {
            values.put(rule, value(rule));
        }
        return values;
    }

    /** These rules with {@code rule} set to {@code value}; refuses a value outside the rule's bounds. */
    public BusinessRules with(BusinessRule rule, int value) {
        Map<BusinessRule, Integer> values = values();
        values.put(rule, value);
        return fromValues(values);
    }

    /** The weeks one availability request may cover when {@code requestedWeeks} were asked for. */
    public int cappedLookaheadWeeks(int requestedWeeks) {
        return Math.min(requestedWeeks, lookaheadCapWeeks);
    }

    private static void inUnits(BusinessRule rule, Duration value, Duration unit) {
        Objects.requireNonNull(value, rule.dbName());
        long whole = value.dividedBy(unit);
        if (!unit.multipliedBy(whole).equals(value)) {
            throw new IllegalArgumentException(rule.dbName() + " must be whole " + rule.unit().word() + ", not " + value);
        }
        rule.checked(whole);
    }
}
