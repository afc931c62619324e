package app.coachcal.persistence.tokens;

/** A token just created, with its secret: the one moment the secret exists outside the person's hands. */
public record IssuedToken(ApiToken token, String secret) {
}
