package app.coachcal.web.api;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The query string, whitelisted: only the named parameters, each at most once. */
final class QueryParameters {

    private final MultivaluedMap<String, String> values;

    private QueryParameters(MultivaluedMap<String, String> values) {
        this.values = values;
    }

    static QueryParameters only(UriInfo uri, Set<String> allowed) {
        MultivaluedMap<String, String> values = uri.getQueryParameters();
        for (String name : values.keySet()) {
            if (!allowed.contains(name)) {
                throw new InvalidRequest(Problem.of(400, "unknown-parameter", "Unknown query parameter",
                        "Only these query parameters are understood: " + String.join(", ", allowed.stream().sorted().toList()) + "."));
            }
            List<String> given = values.get(name);
            if (given.size() > 1) {
                throw InvalidRequest.field(name, "\"" + name + "\" is given more than once.");
            }
        }
        return new QueryParameters(values);
    }

    Optional<String> get(String name) {
        return Optional.ofNullable(values.getFirst(name));
    }
}
