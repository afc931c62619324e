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
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameters;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The caller's calls: list, read, book (POST), move (PATCH) and cancel (DELETE). The OpenAPI annotations say
 * what each answers; the shared answers ({@code ref}) and schemas are in {@code META-INF/openapi.yaml}.
 */
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
    @Inject
    private Clock clock;

    @GET
    @Operation(summary = "The caller's booked calls from a day on (default today); a coach gets their clients' calls")
    // One @Parameter alone on a method is not read by Payara's OpenAPI; inside @Parameters it is.
    @Parameters(@Parameter(name = "from", in = ParameterIn.QUERY,
            schema = @Schema(type = SchemaType.STRING, format = "date"), description = "YYYY-MM-DD, in the caller's zone"))
    @APIResponse(responseCode = "200", description = "The calls",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Appointments")))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "422", ref = "RuleNotMet")
    public JsonObject list(@Context UriInfo uri) {
        QueryParameters query = QueryParameters.only(uri, Set.of("from"));
        Caller me = caller.get();
        LocalDate from = query.get("from").map(FromField::parse).map(Fields::valid)
                .orElseGet(() -> LocalDate.now(clock.withZone(me.zone())));
        return AppointmentJson.appointments(calendar.bookedFrom(me, from));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One of the caller's calls")
    @APIResponse(responseCode = "200", description = "The call",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Appointment")))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public JsonObject one(@PathParam("id") String id, @Context UriInfo uri) {
        QueryParameters.only(uri, Set.of());
        return AppointmentJson.appointment(calendar.one(caller.get(), appointmentId(id)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Books a call; with an Idempotency-Key a retry gets the first answer again")
    @Parameters(@Parameter(name = "Idempotency-Key", in = ParameterIn.HEADER, description = "1-64 of A-Za-z0-9_-"))
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "StartRequest")))
    @APIResponse(responseCode = "201", description = "The call booked; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Appointment")))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "413", ref = "BodyTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "RuleNotMet")
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
    @Operation(summary = "Moves a call to another start: same id, history kept")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "StartRequest")))
    @APIResponse(responseCode = "200", description = "The call moved",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Appointment")))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "413", ref = "BodyTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "RuleNotMet")
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
    @Operation(summary = "Cancels a call (kept, status cancelled); cancelling again changes nothing")
    @APIResponse(responseCode = "204", description = "The call is cancelled")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "RuleNotMet")
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
