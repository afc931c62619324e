package app.coachcal.web.api;

import app.coachcal.domain.request.Parsed;

/** Unwraps a domain whitelist parse, or refuses the request with a 400 naming the field. */
final class Fields {

    private Fields() {
    }

    static <T> T valid(Parsed<T> parsed) {
        if (parsed instanceof Parsed.Valid<T> valid) {
            return valid.value();
        }
        Parsed.Invalid<T> invalid = (Parsed.Invalid<T>) parsed;
        throw InvalidRequest.field(invalid.error().field(), invalid.error().message());
    }
}
