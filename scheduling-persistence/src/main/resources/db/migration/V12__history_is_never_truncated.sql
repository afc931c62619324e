-- TRUNCATE skips every row trigger, so "never deleted" was only guarded
-- against DELETE: TRUNCATE appointment_history (or appointment CASCADE)
-- emptied the history. A statement-level BEFORE TRUNCATE trigger refuses it on
-- every table whose rows are history, or whose DELETE a row trigger guards
-- (memberships: the last admin and calls to come; users: their history). A
-- TRUNCATE ... CASCADE that reaches one of them is refused as a whole.
-- Tables that are a user's own settings (office hours, time off, extra hours)
-- or a cache (idempotent_request) may still be truncated.

CREATE FUNCTION refuse_truncate() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    -- TG_ARGV[0]: the rule's name.
    RAISE EXCEPTION 'The table % keeps history or guards a rule row by row, so it is never truncated.', TG_TABLE_NAME
        USING ERRCODE = 'check_violation', CONSTRAINT = TG_ARGV[0], TABLE = TG_TABLE_NAME;
END;
$$;
COMMENT ON FUNCTION refuse_truncate() IS
    'Trigger body for tables that are never emptied: refuses TRUNCATE with check_violation and the rule name given as first trigger argument.';

CREATE TRIGGER app_user_is_never_truncated
    BEFORE TRUNCATE ON app_user
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_truncate('app_user_is_never_truncated');
CREATE TRIGGER user_role_is_never_truncated
    BEFORE TRUNCATE ON user_role
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_truncate('user_role_is_never_truncated');
CREATE TRIGGER relationship_is_never_truncated
    BEFORE TRUNCATE ON coaching_relationship
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_truncate('relationship_is_never_truncated');
CREATE TRIGGER business_rule_is_never_truncated
    BEFORE TRUNCATE ON business_rule
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_truncate('business_rule_is_never_truncated');
CREATE TRIGGER business_rule_change_is_never_truncated
    BEFORE TRUNCATE ON business_rule_change
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_truncate('business_rule_change_is_never_truncated');
CREATE TRIGGER appointment_is_never_truncated
    BEFORE TRUNCATE ON appointment
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_truncate('appointment_is_never_truncated');
CREATE TRIGGER appointment_history_is_never_truncated
    BEFORE TRUNCATE ON appointment_history
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_truncate('appointment_history_is_never_truncated');
CREATE TRIGGER rule_guard_is_never_truncated
    BEFORE TRUNCATE ON rule_guard
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_truncate('rule_guard_is_never_truncated');

COMMENT ON TRIGGER app_user_is_never_truncated ON app_user IS
    'Users are named by history (calls, logs) and by the last-admin rule; a user is deleted row by row, through the rules, or not at all.';
COMMENT ON TRIGGER user_role_is_never_truncated ON user_role IS
    'Deleting memberships is guarded row by row (the last active admin, no calls to come); TRUNCATE would skip those guards.';
COMMENT ON TRIGGER relationship_is_never_truncated ON coaching_relationship IS
    'Relationships are history: ended, never deleted, not even all at once.';
COMMENT ON TRIGGER business_rule_is_never_truncated ON business_rule IS
    'Every rule must always have a value; the code and the booking trigger read all nine.';
COMMENT ON TRIGGER business_rule_change_is_never_truncated ON business_rule_change IS
    'An audit log that can be emptied proves nothing.';
COMMENT ON TRIGGER appointment_is_never_truncated ON appointment IS
    'Calls are history that clients and coaches list: cancelled, never deleted, not even all at once.';
COMMENT ON TRIGGER appointment_history_is_never_truncated ON appointment_history IS
    'History that can be emptied proves nothing.';
COMMENT ON TRIGGER rule_guard_is_never_truncated ON rule_guard IS
    'Without its guard row the last-admin rule refuses every deactivation; the row is kept.';
