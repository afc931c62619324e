package app.coachcal.persistence.calendar;

import app.coachcal.persistence.people.Person;

/** A client's current coaching relationship: its internal ids, and the coach as the client may see them. */
public record CurrentCoach(long relationshipId, long coachId, Person coach) {
}
