package app.coachcal.persistence.tokens;

/** The caller has no token with that id; whether it exists for someone else is never told. */
public final class TokenNotFound extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TokenNotFound() {
        super("no such token", null, false, false);
    }
}
