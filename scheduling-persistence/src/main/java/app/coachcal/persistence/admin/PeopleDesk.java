package app.coachcal.persistence.admin;

import app.coachcal.domain.request.DisplayNameField;
import app.coachcal.domain.request.EmailField;
import app.coachcal.domain.request.FieldError;
import app.coachcal.domain.request.Parsed;
import app.coachcal.persistence.account.PasswordRules;
import app.coachcal.persistence.people.Caller;
import app.coachcal.persistence.signin.PasswordHashing;
import app.coachcal.persistence.sql.ActingUser;
import app.coachcal.persistence.sql.ActsForTheCaller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * An admin creates accounts and deactivates or reactivates role memberships. Deactivating a coach or
 * client with future calls needs those calls shown and cancelled with a reason first (the database
 * refuses otherwise); the last active admin cannot be deactivated (the database refuses that too).
 */
@ApplicationScoped
@Transactional
@ActsForTheCaller
public class PeopleDesk {

    public static final int MIN_PASSWORD = PasswordRules.MIN_LENGTH;
    static final Set<String> ROLES = Set.of("client", "coach", "admin");

    @PersistenceContext(unitName = "coachcal")
    private EntityManager em;
    @Inject
    private PeopleSearch search;
    @Inject
    private FutureCalls futureCalls;
    @Inject
    private PasswordHashing passwordHash;

    public List<PersonRow> search(String query) {
        return search.matching(query);
    }

    public Optional<PersonRow> person(UUID id) {
        return search.one(id);
    }

    /** Future booked calls of the person in that role (empty for admin). */
    public List<FutureCalls.Call> futureCalls(UUID person, String role) {
        long id = search.internalId(person).orElseThrow(() -> new FieldRefused("", "No such person."));
        return switch (role) {
            case "coach" -> futureCalls.of("coach_id", id);
            case "client" -> futureCalls.of("client_id", id);
            default -> List.of();
        };
    }

    /**
     * Creates the account with a temporary password its owner must change at first sign-in. Every field
     * is checked before anything is refused, so the form reports all its mistakes at once.
     */
    public UUID create(Caller admin, NewAccount account) {
        ActingUser.set(em, admin.id());
        List<FieldError> errors = new ArrayList<>();
        String name = collect(DisplayNameField.parse(account.name()).forField("name"), errors);
        String email = collect(EmailField.parse(account.email()).forField("email"), errors);
        if (email != null && search.byEmail(email).isPresent()) {
            errors.add(new FieldError("email", "An account with this e-mail address already exists."));
        }
        ZoneId zone = collect(NewAccountZone.parse(account.zone()), errors);
        if (account.role() == null || !ROLES.contains(account.role())) {
            errors.add(new FieldError("role", "Choose a role: client, coach or admin."));
        }
        String password = account.password();
        PasswordRules.refusal(password, "temporary").ifPresent(refusal -> errors.add(new FieldError("password", refusal)));
        if (!errors.isEmpty()) {
            throw new FieldRefused(errors);
        }
        Object id = em.createNativeQuery("INSERT INTO app_user (email, display_name, time_zone, password_hash,"
                        + " must_change_password) VALUES (?1, ?2, ?3, ?4, true) RETURNING id")
                .setParameter(1, email).setParameter(2, name).setParameter(3, zone.getId())
                .setParameter(4, passwordHash.hash(password)).getSingleResult();
        em.createNativeQuery("INSERT INTO user_role (user_id, role, active) VALUES (?1, CAST(?2 AS role_name), true)")
                .setParameter(1, ((Number) id).longValue()).setParameter(2, account.role()).executeUpdate();
        return (UUID) em.createNativeQuery("SELECT public_id FROM app_user WHERE id = ?1")
                .setParameter(1, ((Number) id).longValue()).getSingleResult();
    }

    /**
     * Activates or deactivates one membership. Deactivating a coach or client with future calls needs
     * {@code shown} to be exactly those calls and a reason; they are cancelled in the same transaction.
     */
    public void setActive(Caller admin, UUID person, String role, boolean active, String reason, Set<UUID> shown) {
        ActingUser.set(em, admin.id());
        long id = search.internalId(person).orElseThrow(() -> new FieldRefused("", "No such person."));
        if (!ROLES.contains(role)) {
            throw new FieldRefused("", "No such role.");
        }
        if (!active) {
            List<FutureCalls.Call> pending = futureCalls(person, role);
            if (!pending.isEmpty()) {
                if (shown == null || !FutureCalls.ids(pending).equals(shown)) {
                    throw new CallsPending(pending);
                }
                futureCalls.cancel(pending, admin.id(), Reasons.checked(reason));
            }
        }
        try {
            int changed = em.createNativeQuery("UPDATE user_role SET active = ?1 WHERE user_id = ?2"
                            + " AND role = CAST(?3 AS role_name)")
                    .setParameter(1, active).setParameter(2, id).setParameter(3, role).executeUpdate();
            if (changed == 0) {
                throw new FieldRefused("", "This person does not hold that role.");
            }
            em.flush();
        } catch (PersistenceException e) {
            throw Constraints.nameOf(e).map(PeopleDesk::refusal).orElseThrow(() -> e);
        }
    }

    private static FieldRefused refusal(String constraint) {
        return switch (constraint) {
            case "admin_deactivation_leaves_an_active_admin" ->
                    new FieldRefused("", "This is the last active admin; make someone else an admin first.");
            case "role_deactivation_leaves_no_future_calls" ->
                    new FieldRefused("", "A call was booked meanwhile; look at the calls again.");
            default -> new FieldRefused("", "The change was refused (" + constraint.toLowerCase(Locale.ROOT) + ").");
        };
    }

    private static <T> T collect(Parsed<T> parsed, List<FieldError> errors) {
        return parsed.fold(value -> value, error -> {
            errors.add(error);
            return null;
        });
    }
}
