-- 操作履歴: the tamper-evident audit trail. One hash chain per organization (platform events, with no
-- organization, form their own chain). Rows are never changed: the application role loses UPDATE, DELETE and
-- TRUNCATE in afterMigrate (driven by the table comment) and the triggers refuse them for every other role, the
-- owner included. A superuser can still disable the triggers; the hash chain is what makes that visible.
CREATE TABLE audit_event (
    seq              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id               uuid        NOT NULL UNIQUE,
    organization_id  uuid,
    occurred_at      timestamptz NOT NULL DEFAULT now(),
    actor_account_id uuid,
    actor_name       text        NOT NULL,
    action           text        NOT NULL CHECK (action ~ '^[a-z][a-z0-9_-]*(\.[a-z0-9_-]+)+$'),
    subject_type     text        NOT NULL,
    subject_id       text,
    summary          text        NOT NULL,
    before           jsonb,
    after            jsonb,
    client_address   text,
    prev_hash        text CHECK (prev_hash ~ '^[0-9a-f]{64}$'),
    hash             text        NOT NULL CHECK (hash ~ '^[0-9a-f]{64}$')
);

COMMENT ON TABLE audit_event IS
    'append-only: 操作履歴 (audit trail). Hash-chained per organization; verify with "toitsu audit-trail verify".';
COMMENT ON COLUMN audit_event.prev_hash IS 'hash of the previous row of the same chain; null for the first row';
COMMENT ON COLUMN audit_event.hash IS 'SHA-256 (hex) of the canonical encoding of this row and prev_hash';

-- the chain: appending reads the last row of a chain, verification walks it in seq order
CREATE INDEX audit_event_chain_idx ON audit_event (organization_id, seq);
-- the search page: newest first within a period, filtered by action prefix, actor or subject
CREATE INDEX audit_event_time_idx ON audit_event (organization_id, occurred_at DESC, seq DESC);
CREATE INDEX audit_event_action_idx ON audit_event (organization_id, action text_pattern_ops);
CREATE INDEX audit_event_actor_idx ON audit_event (organization_id, actor_account_id);
CREATE INDEX audit_event_subject_idx ON audit_event (organization_id, subject_type, subject_id);

CREATE TRIGGER audit_event_append_only
    BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER audit_event_no_truncate
    BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();
