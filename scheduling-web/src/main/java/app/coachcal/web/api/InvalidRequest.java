package app.coachcal.web.api;

/** A request that does not pass the whitelist: answered with 400 (or the given status) and nothing written. */
final class InvalidRequest extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Problem problem;

    InvalidRequest(Problem problem) {
        super(problem.slug(), null, false, false);
        this.problem = problem;
    }

    static InvalidRequest field(String field, String detail) {
        return new InvalidRequest(Problem.of(400, "invalid-field", "A field is not valid", detail).field(field));
    }

    Problem problem() {
        return problem;
    }
}
