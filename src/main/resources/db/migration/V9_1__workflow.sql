-- The approvals engine: request types as data (form fields, route of 許可権限者, checks, deadlines), requests and
-- their append-only decisions with a snapshot of what was approved, comments, attachments, delegation during
-- absence, the in-app inbox, reminder bookkeeping and the ShedLock table for cluster-safe scheduled jobs.

-- A request type. organization_id null: built in, offered to every organization; an organization may define its
-- own types and override a built-in one by defining the same code (its own definition wins).
CREATE TABLE request_type (
    id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    organization_id     uuid REFERENCES organization (id),
    code                text NOT NULL CHECK (code ~ '^[A-Z][A-Z0-9_]{1,39}$'),
    name                text NOT NULL,
    name_en             text,
    description         text,
    description_en      text,
    clause              text,                 -- the clause of the standard the application implements
    separation_family   text NOT NULL DEFAULT 'request'
                            CHECK (separation_family ~ '^[a-z][a-z0-9_-]*$'), -- SoD actions <family>.apply/.decide
    fields              jsonb NOT NULL DEFAULT '[]',
    route               jsonb NOT NULL DEFAULT '[]',
    checks              jsonb NOT NULL DEFAULT '[]',
    has_period          boolean NOT NULL DEFAULT false,
    end_report          boolean NOT NULL DEFAULT false,   -- the holder reports the end (001 1.2.1.3(2)(d))
    post_hoc_allowed    boolean NOT NULL DEFAULT false,   -- 事後申請 in an emergency (001 1.2.1.3(2)(b) ただし書)
    decision_days       integer NOT NULL DEFAULT 14 CHECK (decision_days BETWEEN 1 AND 365),
    sort_order          integer NOT NULL DEFAULT 100,
    active              boolean NOT NULL DEFAULT true,
    created_at          timestamptz NOT NULL DEFAULT now(),
    version             bigint NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX request_type_code_idx
    ON request_type (coalesce(organization_id, '00000000-0000-0000-0000-000000000000'::uuid), code);

CREATE SEQUENCE approval_request_number_seq;

CREATE TABLE approval_request (
    id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    organization_id     uuid NOT NULL REFERENCES organization (id),
    type_id             uuid NOT NULL REFERENCES request_type (id),
    type_code           text NOT NULL,
    number              text NOT NULL,                  -- shown to people: EXEMPTION-2026-000012
    title               text NOT NULL,
    applicant_id        uuid NOT NULL REFERENCES person (id),
    applicant_name      text NOT NULL,                  -- (ア) 申請者の情報, as at submission
    applicant_unit_id   uuid REFERENCES unit (id),
    applicant_unit_name text,
    applicant_contact   text,
    state               text NOT NULL CHECK (state IN ('DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED',
                            'APPROVED_WITH_CONDITIONS', 'REJECTED', 'WITHDRAWN', 'EXPIRED', 'CLOSED')),
    field_values        jsonb NOT NULL DEFAULT '{}',
    period_from         date,
    period_to           date,
    post_hoc            boolean NOT NULL DEFAULT false,
    -- the step being decided: the role and unit whose holders decide, or one person after an escalation
    step_index          integer,
    step_role_code      text,
    step_scope_unit_id  uuid,
    step_any_scope      boolean NOT NULL DEFAULT false,
    step_assignee_id    uuid REFERENCES person (id),
    step_due_on         date,
    step_approvers      uuid[] NOT NULL DEFAULT '{}',     -- who was told to decide (reminders need no directory)
    submitted_at        timestamptz,
    decided_at          timestamptz,
    final_approver_id   uuid REFERENCES person (id),    -- who approved (the principal under delegation)
    approved_values     jsonb,
    approved_from       date,
    approved_to         date,
    conditions          text,
    end_report_required boolean NOT NULL DEFAULT false,
    end_reported_at     timestamptz,
    end_report          text,
    end_chased_at       timestamptz,
    closed_at           timestamptz,
    created_at          timestamptz NOT NULL DEFAULT now(),
    updated_at          timestamptz NOT NULL DEFAULT now(),
    version             bigint NOT NULL DEFAULT 0,
    UNIQUE (organization_id, number),
    CHECK (period_to IS NULL OR period_from IS NULL OR period_to >= period_from)
);
CREATE INDEX approval_request_applicant_idx ON approval_request (applicant_id, created_at DESC);
CREATE INDEX approval_request_org_idx ON approval_request (organization_id, type_code, state, created_at DESC);
-- the inbox: open requests by the role that decides them
CREATE INDEX approval_request_step_idx ON approval_request (organization_id, step_role_code, step_scope_unit_id)
    WHERE state = 'SUBMITTED';
CREATE INDEX approval_request_assignee_idx ON approval_request (step_assignee_id) WHERE state = 'SUBMITTED';
-- reminders: approved requests by the end of their period
CREATE INDEX approval_request_end_idx ON approval_request (approved_to)
    WHERE state IN ('APPROVED', 'APPROVED_WITH_CONDITIONS', 'EXPIRED');

-- Every decision on every step, with what was decided on: never updated, never deleted.
CREATE TABLE request_decision (
    id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    organization_id     uuid NOT NULL REFERENCES organization (id),
    request_id          uuid NOT NULL REFERENCES approval_request (id),
    step_index          integer NOT NULL,
    step_label          text,
    outcome             text NOT NULL CHECK (outcome IN ('APPROVED', 'APPROVED_WITH_CONDITIONS', 'REJECTED',
                            'RETURNED')),
    decided_by          uuid NOT NULL REFERENCES person (id),
    decided_by_name     text NOT NULL,                  -- 001 1.2.1.3(2)(c)(ア) 決定を審査した者の情報
    decided_by_role     text,
    decided_by_unit     text,
    decided_by_contact  text,
    on_behalf_of        uuid REFERENCES person (id),    -- the absent approver who delegated
    on_behalf_of_name   text,
    escalated           boolean NOT NULL DEFAULT false, -- decided by the superior of a conflicted approver
    reason              text,
    conditions          text,
    confirmed_checks    jsonb NOT NULL DEFAULT '[]',
    snapshot            jsonb NOT NULL,
    snapshot_sha256     text NOT NULL CHECK (snapshot_sha256 ~ '^[0-9a-f]{64}$'),
    decided_at          timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX request_decision_request_idx ON request_decision (request_id, decided_at);
CREATE INDEX request_decision_person_idx ON request_decision (decided_by);
COMMENT ON TABLE request_decision IS
    'append-only: decisions on approval requests with a snapshot of the approved content (SHA-256).';
CREATE TRIGGER request_decision_append_only BEFORE UPDATE OR DELETE ON request_decision
    FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER request_decision_no_truncate BEFORE TRUNCATE ON request_decision
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();

CREATE TABLE request_comment (
    id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    organization_id     uuid NOT NULL REFERENCES organization (id),
    request_id          uuid NOT NULL REFERENCES approval_request (id),
    author_id           uuid NOT NULL REFERENCES person (id),
    author_name         text NOT NULL,
    body                text NOT NULL,
    created_at          timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX request_comment_request_idx ON request_comment (request_id, created_at);
COMMENT ON TABLE request_comment IS 'append-only: comments on approval requests.';
CREATE TRIGGER request_comment_append_only BEFORE UPDATE OR DELETE ON request_comment
    FOR EACH ROW EXECUTE FUNCTION refuse_change();

CREATE TABLE request_attachment (
    id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    organization_id     uuid NOT NULL REFERENCES organization (id),
    request_id          uuid NOT NULL REFERENCES approval_request (id),
    file_name           text NOT NULL,
    content_type        text NOT NULL,
    size_bytes          bigint NOT NULL,
    sha256              text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    scan_result         text NOT NULL CHECK (scan_result IN ('CLEAN', 'NOT_SCANNED')),
    content             bytea NOT NULL,
    uploaded_by         uuid NOT NULL REFERENCES person (id),
    uploaded_by_name    text NOT NULL,
    uploaded_at         timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX request_attachment_request_idx ON request_attachment (request_id);

-- 代理: an approver's authority handed to another person for a period of absence.
CREATE TABLE approval_delegation (
    id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    organization_id     uuid NOT NULL REFERENCES organization (id),
    principal_id        uuid NOT NULL REFERENCES person (id),
    delegate_id         uuid NOT NULL REFERENCES person (id),
    starts_on           date NOT NULL,
    ends_on             date NOT NULL,
    reason              text,
    revoked_at          timestamptz,
    created_at          timestamptz NOT NULL DEFAULT now(),
    version             bigint NOT NULL DEFAULT 0,
    CHECK (principal_id <> delegate_id),
    CHECK (ends_on >= starts_on)
);
CREATE INDEX approval_delegation_delegate_idx ON approval_delegation (delegate_id, starts_on, ends_on)
    WHERE revoked_at IS NULL;
CREATE INDEX approval_delegation_principal_idx ON approval_delegation (principal_id);

-- The in-app inbox; mailed_at is set when the mail went out (null: no address, or no mail server configured).
CREATE TABLE notification (
    id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    organization_id     uuid NOT NULL REFERENCES organization (id),
    recipient_id        uuid NOT NULL REFERENCES person (id),
    kind                text NOT NULL,
    subject_type        text,
    subject_id          uuid,
    title               text NOT NULL,
    body                text NOT NULL,
    link                text,
    created_at          timestamptz NOT NULL DEFAULT now(),
    read_at             timestamptz,
    mailed_at           timestamptz
);
CREATE INDEX notification_recipient_idx ON notification (recipient_id, created_at DESC);
CREATE INDEX notification_unread_idx ON notification (recipient_id) WHERE read_at IS NULL;

-- A reminder goes out once per request, kind and occasion (a daily job may run on several instances or twice).
CREATE TABLE request_reminder (
    request_id          uuid NOT NULL REFERENCES approval_request (id),
    kind                text NOT NULL,
    occasion            text NOT NULL,
    sent_at             timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (request_id, kind, occasion)
);

-- ShedLock (ADR 0004): one instance runs each scheduled job at a time.
CREATE TABLE shedlock (
    name                varchar(64) NOT NULL PRIMARY KEY,
    lock_until          timestamp NOT NULL,
    locked_at           timestamp NOT NULL,
    locked_by           varchar(255) NOT NULL
);

-- Permissions of this capability on the standard roles (roles are data: organizations change them afterwards).
CREATE FUNCTION workflow_standard_permissions(role_code text) RETURNS text[] LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE role_code
        WHEN 'CISO' THEN ARRAY['WORKFLOW_ADMINISTER', 'REQUEST_REGISTER_READ', 'EXEMPTION_LEDGER_READ',
                               'CISO_REPORT_RECEIVE']
        WHEN 'DEPUTY_CISO' THEN ARRAY['REQUEST_REGISTER_READ', 'EXEMPTION_LEDGER_READ', 'CISO_REPORT_RECEIVE']
        WHEN 'GENERAL_ISO' THEN ARRAY['WORKFLOW_ADMINISTER', 'REQUEST_REGISTER_READ', 'EXEMPTION_LEDGER_READ',
                                      'VIOLATION_HANDLE']
        WHEN 'AUDIT_CHIEF' THEN ARRAY['REQUEST_REGISTER_READ', 'EXEMPTION_LEDGER_READ']
        WHEN 'AUDITOR' THEN ARRAY['REQUEST_REGISTER_READ', 'EXEMPTION_LEDGER_READ']
        WHEN 'ISO' THEN ARRAY['REQUEST_REGISTER_READ', 'VIOLATION_HANDLE']
        WHEN 'SECTION_ISO' THEN ARRAY['REQUEST_REGISTER_READ']
        WHEN 'CLOUD_ADMIN' THEN ARRAY['REQUEST_REGISTER_READ']
        WHEN 'ADMIN' THEN ARRAY['WORKFLOW_ADMINISTER']
        ELSE ARRAY[]::text[]
    END
$$;

UPDATE role_definition r
SET permissions = ARRAY(SELECT DISTINCT p FROM unnest(r.permissions || workflow_standard_permissions(r.code)) p ORDER BY p)
WHERE r.standard_role AND cardinality(workflow_standard_permissions(r.code)) > 0;

-- organizations opened later get the same: the organization module seeds its standard roles without knowing them
CREATE FUNCTION workflow_seed_standard_permissions() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.standard_role THEN
        NEW.permissions := ARRAY(SELECT DISTINCT p FROM unnest(NEW.permissions
                                 || workflow_standard_permissions(NEW.code)) p ORDER BY p);
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER role_definition_workflow_permissions BEFORE INSERT ON role_definition
    FOR EACH ROW EXECUTE FUNCTION workflow_seed_standard_permissions();
