package app.coachcal.persistence.admin;

import java.util.UUID;

/** An active client and the coach of their relationship running now (null names when they have none). */
public record ClientCoach(UUID clientId, String clientName, String clientEmail, UUID coachId, String coachName) {
}
