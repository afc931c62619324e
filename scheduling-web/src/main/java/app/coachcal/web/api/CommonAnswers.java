package app.coachcal.web.api;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Adds to every operation of {@code /openapi} the answers any request may get (no sign-in, not allowed, not
 * acceptable, too many failed sign-ins, a fault, an outage), so that each resource method lists only its own. Named by
 * {@code mp.openapi.filter} in {@code microprofile-config.properties}; the answers are in
 * {@code META-INF/openapi.yaml}.
 */
public class CommonAnswers implements OASFilter {

    private static final Map<String, String> COMMON = Map.of(
            "401", "Unauthenticated",
            "403", "Forbidden",
            "406", "NotAcceptable",
            "429", "TooManyAttempts",
            "500", "InternalError",
            "503", "Unavailable");

    @Override
    public Operation filterOperation(Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses != null) {
            COMMON.forEach((status, name) -> {
                if (!responses.hasAPIResponse(status)) {
                    responses.addAPIResponse(status, OASFactory.createAPIResponse().ref(name));
                }
            });
        }
        return operation;
    }
}
