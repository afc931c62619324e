-- Coaching relationships: which coach a client has, and when.
--
-- A client has one coach at a time; a coach has many clients. Relationships
-- are never deleted, only ended, so that past calls keep pointing at the
-- relationship they were booked in.

CREATE TABLE coaching_relationship (
    id         bigint GENERATED ALWAYS AS IDENTITY,
    public_id  uuid        NOT NULL DEFAULT gen_random_uuid(),
    coach_id   bigint      NOT NULL,
    client_id  bigint      NOT NULL,
    starts_at  timestamptz NOT NULL DEFAULT now(),
    ends_at    timestamptz,
    period     tstzrange GENERATED ALWAYS AS (tstzrange(starts_at, ends_at, '[)')) STORED,
    CONSTRAINT coaching_relationship_pkey PRIMARY KEY (id),
    CONSTRAINT relationship_public_id_is_unique UNIQUE (public_id),
    CONSTRAINT relationship_identifies_its_parties UNIQUE (id, coach_id, client_id),
    CONSTRAINT relationship_refers_to_coach FOREIGN KEY (coach_id)
        REFERENCES app_user (id) ON DELETE RESTRICT,
    CONSTRAINT relationship_refers_to_client FOREIGN KEY (client_id)
        REFERENCES app_user (id) ON DELETE RESTRICT,
    CONSTRAINT relationship_coach_is_not_the_client CHECK (coach_id <> client_id),
    CONSTRAINT relationship_does_not_end_before_it_starts CHECK (ends_at IS NULL OR ends_at >= starts_at)
);
-- Created before the exclusion constraint on purpose: a second open
-- relationship is reported as this rule, the more precise of the two.
CREATE UNIQUE INDEX relationship_one_open_per_client
    ON coaching_relationship (client_id) WHERE ends_at IS NULL;
ALTER TABLE coaching_relationship
    ADD CONSTRAINT relationship_one_coach_at_a_time
    EXCLUDE USING gist (client_id WITH =, period WITH &&);
CREATE INDEX coaching_relationship_by_coach ON coaching_relationship (coach_id);

COMMENT ON TABLE coaching_relationship IS
    'A client''s 1:1 relationship with a coach over a period [starts_at, ends_at); ends_at NULL means open-ended. Kept forever as the history of who coached whom; appointments refer to it.';
COMMENT ON COLUMN coaching_relationship.period IS 'The half-open period [starts_at, ends_at) the relationship covers, derived so that it can never disagree with the two columns. Empty when the relationship was ended before it began (it never took effect).';
COMMENT ON CONSTRAINT relationship_public_id_is_unique ON coaching_relationship IS 'A public id names exactly one relationship.';
COMMENT ON CONSTRAINT relationship_identifies_its_parties ON coaching_relationship IS 'Lets an appointment refer to (relationship, coach, client) with one foreign key, so its coach and client are always the relationship''s.';
COMMENT ON CONSTRAINT relationship_refers_to_coach ON coaching_relationship IS 'The coach is a user; a user with relationships cannot be deleted (ON DELETE RESTRICT): history is kept.';
COMMENT ON CONSTRAINT relationship_refers_to_client ON coaching_relationship IS 'The client is a user; a user with relationships cannot be deleted (ON DELETE RESTRICT): history is kept.';
COMMENT ON CONSTRAINT relationship_coach_is_not_the_client ON coaching_relationship IS 'Nobody coaches themselves.';
COMMENT ON CONSTRAINT relationship_does_not_end_before_it_starts ON coaching_relationship IS 'A relationship ends at or after its start; ending exactly at its start records one that never took effect.';
COMMENT ON INDEX relationship_one_open_per_client IS 'A client has at most one open-ended relationship: one current coach.';
COMMENT ON CONSTRAINT relationship_one_coach_at_a_time ON coaching_relationship IS 'A client''s relationships never overlap in time: one coach at a time, past and future included.';

-- Both people must hold the matching role, active, when the relationship is
-- made or extended. Rows are locked FOR SHARE so that a deactivation running
-- at the same moment either waits for us or is seen by us.
CREATE FUNCTION relationship_check_members() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    -- Said here as well as in the CHECK: the generated column "period" is
    -- computed before CHECK constraints run, and a reversed range would fail
    -- there with a bare data error instead of the rule's name.
    IF NEW.ends_at < NEW.starts_at THEN
        RAISE EXCEPTION 'A coaching relationship cannot end before it starts.'
            USING ERRCODE = 'check_violation', CONSTRAINT = 'relationship_does_not_end_before_it_starts',
                  TABLE = 'coaching_relationship';
    END IF;
    IF TG_OP = 'UPDATE' THEN
        IF NEW.coach_id <> OLD.coach_id OR NEW.client_id <> OLD.client_id THEN
            RAISE EXCEPTION 'A coaching relationship cannot change its coach or client; end it and start a new one.'
                USING ERRCODE = 'check_violation', CONSTRAINT = 'relationship_parties_are_fixed',
                      TABLE = 'coaching_relationship';
        END IF;
        -- Shortening (or leaving alone) needs no active members: that is how
        -- relationships of people who left are ended.
        IF tstzrange(NEW.starts_at, NEW.ends_at, '[)') <@ tstzrange(OLD.starts_at, OLD.ends_at, '[)') THEN
            RETURN NEW;
        END IF;
    END IF;

    PERFORM 1 FROM user_role
     WHERE user_id = NEW.coach_id AND role = 'coach' AND active
     FOR SHARE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'The coach must be an active coach to start or extend a coaching relationship.'
            USING ERRCODE = 'check_violation', CONSTRAINT = 'relationship_members_are_active',
                  TABLE = 'coaching_relationship';
    END IF;
    PERFORM 1 FROM user_role
     WHERE user_id = NEW.client_id AND role = 'client' AND active
     FOR SHARE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'The client must be an active client to start or extend a coaching relationship.'
            USING ERRCODE = 'check_violation', CONSTRAINT = 'relationship_members_are_active',
                  TABLE = 'coaching_relationship';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER relationship_members_are_active
    BEFORE INSERT OR UPDATE ON coaching_relationship
    FOR EACH ROW EXECUTE FUNCTION relationship_check_members();
COMMENT ON TRIGGER relationship_members_are_active ON coaching_relationship IS
    'A relationship is made (or lengthened) only between an active coach and an active client, and never changes its coach or client (relationship_parties_are_fixed). Shortening is always allowed, so that relationships of people who left can be ended.';

CREATE FUNCTION refuse_delete() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    -- TG_ARGV[0]: the rule's name, TG_ARGV[1]: the message.
    RAISE EXCEPTION '%', TG_ARGV[1]
        USING ERRCODE = 'check_violation', CONSTRAINT = TG_ARGV[0], TABLE = TG_TABLE_NAME;
END;
$$;
COMMENT ON FUNCTION refuse_delete() IS
    'Trigger body for tables whose rows are history: refuses DELETE with check_violation and the rule name given as first trigger argument.';

CREATE TRIGGER relationship_is_never_deleted
    BEFORE DELETE ON coaching_relationship
    FOR EACH ROW EXECUTE FUNCTION refuse_delete(
        'relationship_is_never_deleted',
        'A coaching relationship is history and cannot be deleted; end it instead.');
COMMENT ON TRIGGER relationship_is_never_deleted ON coaching_relationship IS
    'Relationships are history that calls point to: they are ended (ends_at), never deleted.';
