-- The service always keeps someone who can run it: the last active admin
-- membership cannot be deactivated or deleted (nor its user deleted, which
-- deletes the membership by CASCADE). Make someone else an admin first.

CREATE FUNCTION admin_check_deactivation() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    others integer;
BEGIN
    IF TG_OP = 'UPDATE' AND NEW.active THEN
        RETURN NEW;  -- still active: nothing is being taken away
    END IF;
    -- Two admins deactivating each other at once take turns here, so one of
    -- them always sees the other's change (READ COMMITTED: each statement
    -- below reads what has been committed by then).
    PERFORM pg_advisory_xact_lock(hashtext('admin_deactivation_leaves_an_active_admin'));
    SELECT count(*) INTO others FROM user_role
     WHERE role = 'admin' AND active AND user_id <> OLD.user_id;
    IF others = 0 THEN
        RAISE EXCEPTION 'This is the last active admin; make someone else an admin before deactivating this one.'
            USING ERRCODE = 'check_violation', CONSTRAINT = 'admin_deactivation_leaves_an_active_admin',
                  TABLE = 'user_role';
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END;
$$;
COMMENT ON FUNCTION admin_check_deactivation() IS
    'Body of the trigger admin_deactivation_leaves_an_active_admin: refuses to take away the last active admin membership.';

CREATE TRIGGER admin_deactivation_leaves_an_active_admin
    BEFORE UPDATE OF active OR DELETE ON user_role
    FOR EACH ROW
    WHEN (OLD.active AND OLD.role = 'admin')
    EXECUTE FUNCTION admin_check_deactivation();
COMMENT ON TRIGGER admin_deactivation_leaves_an_active_admin ON user_role IS
    'At least one active admin always remains, so that someone can manage people, relationships and rules; deactivating or deleting the last one is refused.';
