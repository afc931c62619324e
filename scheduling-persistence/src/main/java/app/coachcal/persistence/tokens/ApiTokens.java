package app.coachcal.persistence.tokens;

import app.coachcal.persistence.people.Caller;
import app.coachcal.persistence.sql.Columns;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A person's personal API tokens: issue one (the caller has just given their password), list them, revoke one,
 * and find whose token a request carries. Times are the database's ({@code now()}), as its constraints check them.
 */
@ApplicationScoped
@Transactional
public class ApiTokens {

    private static final String COLUMNS = "public_id, name, created_at, last_used_at, expires_at";

    @PersistenceContext(unitName = "coachcal")
    private EntityManager em;

    /** A new token of {@code caller}, valid for {@code days} days (already whitelisted). */
    public IssuedToken issue(Caller caller, String name, int days) {
        String secret = TokenSecret.newSecret();
        Object[] row = (Object[]) em.createNativeQuery("INSERT INTO api_token (user_id, name, secret_sha256, expires_at)"
                        + " VALUES (?1, ?2, ?3, now() + make_interval(days => ?4)) RETURNING " + COLUMNS)
                .setParameter(1, caller.id()).setParameter(2, name).setParameter(3, TokenSecret.digest(secret))
                .setParameter(4, days).getSingleResult();
        return new IssuedToken(token(row), secret);
    }

    /** The caller's tokens that are not revoked, expired ones included (they say so by their date), oldest first. */
    public List<ApiToken> listOf(Caller caller) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT " + COLUMNS + " FROM api_token"
                        + " WHERE user_id = ?1 AND revoked_at IS NULL ORDER BY created_at, id")
                .setParameter(1, caller.id()).getResultList();
        return rows.stream().map(ApiTokens::token).toList();
    }

    /** One of the caller's tokens that is not revoked. */
    public ApiToken one(Caller caller, UUID id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT " + COLUMNS + " FROM api_token"
                        + " WHERE user_id = ?1 AND public_id = ?2 AND revoked_at IS NULL")
                .setParameter(1, caller.id()).setParameter(2, id).getResultList();
        return rows.stream().findFirst().map(ApiTokens::token).orElseThrow(TokenNotFound::new);
    }

    /** Revokes one of the caller's tokens at once; revoking it again changes nothing. Someone else's: not found. */
    public void revoke(Caller caller, UUID id) {
        List<?> owned = em.createNativeQuery("SELECT id FROM api_token WHERE user_id = ?1 AND public_id = ?2 FOR UPDATE")
                .setParameter(1, caller.id()).setParameter(2, id).getResultList();
        if (owned.isEmpty()) {
            throw new TokenNotFound();
        }
        em.createNativeQuery("UPDATE api_token SET revoked_at = now() WHERE id = ?1 AND revoked_at IS NULL")
                .setParameter(1, owned.get(0)).executeUpdate();
    }

    /**
     * The internal id of the user whose live token this is, found by the digest through the unique index (no
     * secret is compared here). Marks the token used, at most once a minute: a busy script does not write a
     * row on every request, and the re-check of {@code t.last_used_at} lets the second of two racing requests
     * skip the write.
     */
    public Optional<Long> ownerOf(String secret) {
        if (!TokenSecret.wellFormed(secret)) {
            return Optional.empty();
        }
        List<?> owner = em.createNativeQuery("WITH found AS (SELECT id, user_id FROM api_token"
                        + " WHERE secret_sha256 = ?1 AND revoked_at IS NULL AND expires_at > now()),"
                        + " touched AS (UPDATE api_token t SET last_used_at = now() FROM found WHERE t.id = found.id"
                        + " AND (t.last_used_at IS NULL OR t.last_used_at < now() - interval '1 minute') RETURNING t.id)"
                        + " SELECT user_id FROM found")
                .setParameter(1, TokenSecret.digest(secret)).getResultList();
        return owner.stream().findFirst().map(Columns::number);
    }

    private static ApiToken token(Object[] row) {
        return new ApiToken((UUID) row[0], (String) row[1], Columns.instant(row[2]),
                row[3] == null ? null : Columns.instant(row[3]), Columns.instant(row[4]));
    }
}
