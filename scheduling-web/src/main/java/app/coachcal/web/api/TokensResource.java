package app.coachcal.web.api;

import app.coachcal.domain.request.TokenIdField;
import app.coachcal.persistence.tokens.ApiTokens;
import app.coachcal.persistence.tokens.IssuedToken;
import app.coachcal.persistence.tokens.TokenNotFound;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * The caller's personal API tokens. Creating one is the only request that takes the password (HTTP Basic,
 * checked by {@link ApiAuthentication}); its answer is the only place the secret is ever shown.
 */
@Path("tokens")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TokensResource {

    static final String PATH = "/api/v1/tokens";

    @Inject
    private ApiCaller caller;
    @Inject
    private ApiTokens tokens;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "basic")
    @Operation(summary = "Creates a token with your e-mail and password (HTTP Basic only here); the secret is in this answer only")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "TokenRequest")))
    @APIResponse(responseCode = "201", description = "The token created, with its secret; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "IssuedToken")))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "413", ref = "BodyTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public Response create(InputStream body, @Context UriInfo uri) {
        QueryParameters.only(uri, Set.of());
        TokenRequestBody request = TokenRequestBody.read(body);
        IssuedToken issued = tokens.issue(caller.get(), request.name(), request.days());
        return Response.status(201).type(MediaType.APPLICATION_JSON)
                .header("Location", PATH + "/" + issued.token().id())
                .entity(TokenJson.issued(issued).toString()).build();
    }

    @GET
    @Operation(summary = "Your tokens that are not revoked, expired ones included; never their secrets")
    @APIResponse(responseCode = "200", description = "The tokens",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Tokens")))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public JsonObject list(@Context UriInfo uri) {
        QueryParameters.only(uri, Set.of());
        return TokenJson.tokens(tokens.listOf(caller.get()));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One of your tokens that is not revoked, without its secret")
    @APIResponse(responseCode = "200", description = "The token",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Token")))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public JsonObject one(@PathParam("id") String id, @Context UriInfo uri) {
        QueryParameters.only(uri, Set.of());
        return TokenJson.token(tokens.one(caller.get(), tokenId(id)));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Revokes one of your tokens at once (kept, marked revoked); revoking it again changes nothing")
    @APIResponse(responseCode = "204", description = "The token is revoked")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response revoke(@PathParam("id") String id, @Context UriInfo uri) {
        QueryParameters.only(uri, Set.of());
        tokens.revoke(caller.get(), tokenId(id));
        return Response.noContent().build();
    }

    /** A malformed id names no token of yours: 404, as for anyone else's. */
    private static UUID tokenId(String id) {
        return TokenIdField.parse(id).fold(value -> value, error -> {
            throw new TokenNotFound();
        });
    }
}
