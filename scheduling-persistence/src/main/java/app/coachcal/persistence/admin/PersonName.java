package app.coachcal.persistence.admin;

import java.util.UUID;

/** A person as a choice in a list: public id and name. */
public record PersonName(UUID id, String name) {
}
