package app.coachcal.persistence.admin;

import java.time.Instant;

/** One logged change of a business rule: which, from what to what, by whom (null if unknown) and when. */
public record RuleChange(String rule, int oldValue, int newValue, String changedBy, Instant at) {
}
