package app.coachcal.persistence.booking;

import app.coachcal.domain.availability.Slot;
import app.coachcal.persistence.people.Person;
import java.time.LocalDate;
import java.util.List;

/** The free slots of a client's coach from a day, for a number of weeks (after the lookahead cap). */
public record Availability(Person coach, LocalDate from, int weeks, List<Slot> slots) {

    public Availability {
        slots = List.copyOf(slots);
    }
}
