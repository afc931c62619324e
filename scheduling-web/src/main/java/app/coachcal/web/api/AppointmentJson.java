package app.coachcal.web.api;

import app.coachcal.domain.availability.Slot;
import app.coachcal.persistence.appointment.AppointmentView;
import app.coachcal.persistence.booking.Availability;
import app.coachcal.persistence.people.Person;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.ZoneId;
import java.util.List;

/** The JSON shapes of the API: instants as ISO-8601 UTC, people by public id, name and zone. */
final class AppointmentJson {

    private AppointmentJson() {
    }

    static JsonObject appointment(AppointmentView call) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", call.id().toString())
                .add("start", call.start().toString())
                .add("end", call.end().toString())
                .add("status", call.status())
                .add("coach", person(call.coach()))
                .add("client", person(call.client()));
        if (call.cancelReason() != null) {
            json.add("cancelReason", call.cancelReason());
        }
        return json.build();
    }

    static JsonObject appointments(List<AppointmentView> calls) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        calls.forEach(call -> array.add(appointment(call)));
        return Json.createObjectBuilder().add("appointments", array).build();
    }

    static JsonObject availability(Availability availability, ZoneId callerZone) {
        JsonArrayBuilder slots = Json.createArrayBuilder();
        for (Slot slot : availability.slots()) {
            slots.add(Json.createObjectBuilder().add("start", slot.start().toString()).add("end", slot.end().toString()));
        }
        return Json.createObjectBuilder()
                .add("coach", person(availability.coach()))
                .add("from", availability.from().toString())
                .add("weeks", availability.weeks())
                .add("timeZone", callerZone.getId())
                .add("slots", slots)
                .build();
    }

    private static JsonObjectBuilder person(Person person) {
        return Json.createObjectBuilder()
                .add("id", person.publicId().toString())
                .add("name", person.displayName())
                .add("timeZone", person.zone().getId());
    }
}
