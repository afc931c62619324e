-- What deactivating a coach or client does.
--
-- Chosen rule: a coach or client membership cannot be deactivated (or
-- deleted) while that user has booked calls, in that role, starting now or
-- later: somebody must cancel those calls first, so that no client is left
-- waiting for a coach who has gone. Once allowed, the user's relationships in
-- that role that are still running or yet to come end at now() (one that has
-- not started yet ends at its own start: it never took effect). Nothing is
-- deleted: the relationships stay as history.

CREATE FUNCTION role_check_deactivation() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    upcoming integer;
BEGIN
    IF TG_OP = 'UPDATE' AND NEW.active THEN
        RETURN NEW;  -- still active: nothing is being taken away
    END IF;
    -- Runs after the membership row is locked, so a booking that checked
    -- this membership has committed (and is counted) or waits for us.
    IF OLD.role = 'coach' THEN
        SELECT count(*) INTO upcoming FROM appointment a
         WHERE a.coach_id = OLD.user_id AND a.status = 'booked' AND a.starts_at >= now();
    ELSE
        SELECT count(*) INTO upcoming FROM appointment a
         WHERE a.client_id = OLD.user_id AND a.status = 'booked' AND a.starts_at >= now();
    END IF;
    IF upcoming > 0 THEN
        RAISE EXCEPTION 'This % still has % upcoming booked call(s); cancel them before deactivating.', OLD.role, upcoming
            USING ERRCODE = 'check_violation', CONSTRAINT = 'role_deactivation_leaves_no_future_calls',
                  TABLE = 'user_role';
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER role_deactivation_leaves_no_future_calls
    BEFORE UPDATE OF active OR DELETE ON user_role
    FOR EACH ROW
    WHEN (OLD.active AND OLD.role IN ('coach', 'client'))
    EXECUTE FUNCTION role_check_deactivation();
COMMENT ON TRIGGER role_deactivation_leaves_no_future_calls ON user_role IS
    'A coach or client is deactivated (or their membership deleted) only when they have no booked calls starting now or later in that role; cancel those first. Reactivating is always allowed.';

CREATE FUNCTION role_end_relationships() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND NEW.active THEN
        RETURN NULL;
    END IF;
    IF OLD.role = 'coach' THEN
        UPDATE coaching_relationship
           SET ends_at = greatest(now(), starts_at)
         WHERE coach_id = OLD.user_id AND (ends_at IS NULL OR ends_at > now());
    ELSE
        UPDATE coaching_relationship
           SET ends_at = greatest(now(), starts_at)
         WHERE client_id = OLD.user_id AND (ends_at IS NULL OR ends_at > now());
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER role_deactivation_ends_relationships
    AFTER UPDATE OF active OR DELETE ON user_role
    FOR EACH ROW
    WHEN (OLD.active AND OLD.role IN ('coach', 'client'))
    EXECUTE FUNCTION role_end_relationships();
COMMENT ON TRIGGER role_deactivation_ends_relationships ON user_role IS
    'When a coach or client is deactivated, their running and future relationships in that role end now (history kept), so no one books a call in them.';
