package app.coachcal.persistence.people;

import java.time.ZoneId;
import java.util.UUID;

/** Another person as a caller may see them: public id, name and zone, never the internal id. */
public record Person(UUID publicId, String displayName, ZoneId zone) {
}
