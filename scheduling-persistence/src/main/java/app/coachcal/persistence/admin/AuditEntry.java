package app.coachcal.persistence.admin;

import java.time.Instant;

/** One line of appointment history: what happened to which call, by whom, old and new time. */
public record AuditEntry(Instant at, String action, String coachName, String clientName, String actorName,
                         Instant oldStart, Instant newStart, String reason) {
}
