package app.coachcal.web.api;

import app.coachcal.domain.request.FromField;
import app.coachcal.domain.request.WeeksField;
import app.coachcal.persistence.booking.CalendarQueries;
import app.coachcal.persistence.people.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** {@code GET /api/v1/availability?from=YYYY-MM-DD&weeks=N}: the caller's coach's free slots. */
@Path("availability")
@RequestScoped
public class AvailabilityResource {

    @Inject
    private ApiCaller caller;
    @Inject
    private CalendarQueries calendar;
    @Inject
    private Clock clock;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The caller's coach and their free slots from a day on, for some weeks")
    @Parameter(name = "from", in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.STRING, format = "date"),
            description = "YYYY-MM-DD in the caller's zone; default today")
    @Parameter(name = "weeks", in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.INTEGER),
            description = "1 by default, at most lookahead_cap")
    @APIResponse(responseCode = "200", description = "The free slots",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Availability")))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public JsonObject freeSlots(@Context UriInfo uri) {
        QueryParameters query = QueryParameters.only(uri, Set.of("from", "weeks"));
        Caller client = caller.get();
        LocalDate from = query.get("from").map(FromField::parse).map(Fields::valid)
                .orElseGet(() -> LocalDate.now(clock.withZone(client.zone())));
        int weeks = query.get("weeks").map(WeeksField::parse).map(Fields::valid).orElse(1);
        return AppointmentJson.availability(calendar.availability(client, from, weeks), client.zone());
    }
}
