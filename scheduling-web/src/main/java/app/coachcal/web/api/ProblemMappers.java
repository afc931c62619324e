package app.coachcal.web.api;

import app.coachcal.domain.booking.Refusal;
import app.coachcal.persistence.booking.AppointmentNotFound;
import app.coachcal.persistence.booking.BookingRefused;
import app.coachcal.persistence.booking.IdempotencyKeyReused;
import app.coachcal.persistence.booking.TransientConflict;
import app.coachcal.persistence.tokens.TokenNotFound;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Expected refusals of the use cases, as problem+json. */
final class ProblemMappers {

    private ProblemMappers() {
    }

    @Provider
    public static class RefusedMapper implements ExceptionMapper<BookingRefused> {
        @Override
        public Response toResponse(BookingRefused refused) {
            Refusal refusal = refused.refusal();
            Problem problem = Problem.of(refusal.httpStatus(), refusal.slug(), title(refusal), refusal.message());
            return (refused.field() == null ? problem : problem.field(refused.field())).response();
        }

        private static String title(Refusal refusal) {
            return switch (refusal.httpStatus()) {
                case 409 -> "That time is taken";
                case 403 -> "Not allowed";
                default -> "A booking rule is not met";
            };
        }
    }

    @Provider
    public static class NotFoundMapper implements ExceptionMapper<AppointmentNotFound> {
        @Override
        public Response toResponse(AppointmentNotFound notFound) {
            return Problem.of(404, "not-found", "No such call", "You have no call with that id.").response();
        }
    }

    @Provider
    public static class TokenNotFoundMapper implements ExceptionMapper<TokenNotFound> {
        @Override
        public Response toResponse(TokenNotFound notFound) {
            return Problem.of(404, "not-found", "No such token", "You have no token with that id.").response();
        }
    }

    @Provider
    public static class InvalidRequestMapper implements ExceptionMapper<InvalidRequest> {
        @Override
        public Response toResponse(InvalidRequest invalid) {
            return invalid.problem().response();
        }
    }

    @Provider
    public static class TransientConflictMapper implements ExceptionMapper<TransientConflict> {
        @Override
        public Response toResponse(TransientConflict conflict) {
            return Problem.of(409, "try-again", "Please try again",
                    "Another change to the same calls happened at the same moment; nothing was changed.").response();
        }
    }

    @Provider
    public static class KeyReusedMapper implements ExceptionMapper<IdempotencyKeyReused> {
        @Override
        public Response toResponse(IdempotencyKeyReused reused) {
            return Problem.of(422, "idempotency-key-reused", "Idempotency-Key already used",
                    "This Idempotency-Key was used for a different request; use a new key.").field("Idempotency-Key")
                    .response();
        }
    }
}
