package app.coachcal.web.api;

import app.coachcal.domain.request.AppointmentIdField;
import app.coachcal.domain.request.FromField;
import app.coachcal.domain.request.IdempotencyKeyField;
import app.coachcal.domain.request.StartField;
import app.coachcal.persistence.appointment.AppointmentView;
import app.coachcal.persistence.booking.AppointmentNotFound;
import app.coachcal.persistence.booking.BookingService;
import app.coachcal.persistence.booking.CalendarQueries;
import app.coachcal.persistence.booking.Retries;
import app.coachcal.persistence.booking.StoredAnswer;
import app.coachcal.persistence.people.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** The caller's calls: list, read, book (POST), move (PATCH) and cancel (DELETE). */
@Path("appointments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AppointmentsResource {

    @Inject
    private ApiCaller caller;
    @Inject
    private CalendarQueries calendar;
    @Inject
    private BookingService booking;

    @GET
    public JsonObject list(@Context UriInfo uri) {
        QueryParameters query = QueryParameters.only(uri, Set.of("from"));
        Caller me = caller.get();
        LocalDate from = query.get("from").map(FromField::parse).map(Fields::valid)
                .orElseGet(() -> LocalDate.now(me.zone()));
        return AppointmentJson.appointments(calendar.bookedFrom(me, from));
    }

    @GET
    @Path("{id}")
    public JsonObject one(@PathParam("id") String id, @Context UriInfo uri) {
        QueryParameters.only(uri, Set.of());
        return AppointmentJson.appointment(calendar.one(caller.get(), appointmentId(id)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response book(InputStream body, @HeaderParam("Idempotency-Key") String idempotencyKey,
                         @Context UriInfo uri) {
        QueryParameters.only(uri, Set.of());
        StartRequestBody request = StartRequestBody.read(body);
        Instant start = Fields.valid(StartField.parse(request.start()));
        Instant end = end(request);
        if (idempotencyKey == null) {
            return created(answer(Retries.onTransientConflict(() -> booking.book(caller.get(), start, end))));
        }
        String key = Fields.valid(IdempotencyKeyField.parse(idempotencyKey));
        String fingerprint = Fingerprint.of("POST", request.raw());
        return created(Retries.onTransientConflict(() -> booking.bookOnce(caller.get(), key, fingerprint, start, end,
                AppointmentsResource::answer)));
    }

    @PATCH
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject move(@PathParam("id") String id, InputStream body, @Context UriInfo uri) {
        QueryParameters.only(uri, Set.of());
        UUID appointment = appointmentId(id);
        StartRequestBody request = StartRequestBody.read(body);
        Instant start = Fields.valid(StartField.parse(request.start()));
        Instant end = end(request);
        return AppointmentJson.appointment(
                Retries.onTransientConflict(() -> booking.move(caller.get(), appointment, start, end)));
    }

    @DELETE
    @Path("{id}")
    public Response cancel(@PathParam("id") String id, @Context UriInfo uri) {
        QueryParameters.only(uri, Set.of());
        UUID appointment = appointmentId(id);
        Retries.onTransientConflict(() -> {
            booking.cancel(caller.get(), appointment);
            return appointment;
        });
        return Response.noContent().build();
    }

    /** The optional "end": read like "start", but errors name "end". */
    private static Instant end(StartRequestBody request) {
        if (request.end() == null) {
            return null;
        }
        return StartField.parse(request.end()).fold(value -> value, error -> {
            throw InvalidRequest.field("end", error.message());
        });
    }

    private static UUID appointmentId(String id) {
        // A malformed id names no call of yours: 404, as for anyone else's.
        return AppointmentIdField.parse(id).fold(value -> value, error -> {
            throw new AppointmentNotFound();
        });
    }

    private static StoredAnswer answer(AppointmentView call) {
        return new StoredAnswer(201, AppointmentJson.appointment(call).toString(), "/api/v1/appointments/" + call.id());
    }

    /** A replay says so ({@code Idempotent-Replayed: true}): its body is the first answer, verbatim. */
    private static Response created(StoredAnswer answer) {
        return Response.status(answer.status()).type(MediaType.APPLICATION_JSON)
                .header("Location", answer.location())
                .header("Idempotent-Replayed", answer.replayed() ? "true" : null)
                .entity(answer.body()).build();
    }
}
