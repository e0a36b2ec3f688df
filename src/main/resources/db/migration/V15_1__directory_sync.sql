-- Directory sync (issue 13): each preview of a personnel file or an LDAP read is a run; the entries are kept as read
-- so that applying the run applies exactly what was previewed (its plan is recomputed and must have the same
-- fingerprint), and the runs stay as the history of who synchronized what and when.
CREATE TABLE directory_sync_run (
    id uuid PRIMARY KEY,
    organization_id uuid NOT NULL REFERENCES organization (id),
    source text NOT NULL CHECK (source IN ('FILE', 'LDAP')),
    file_name text,
    entries jsonb NOT NULL,
    entry_count int NOT NULL,
    created_by uuid NOT NULL,
    created_by_name text NOT NULL,
    created_at timestamptz NOT NULL,
    applied_by uuid,
    applied_by_name text,
    applied_at timestamptz,
    summary text
);

CREATE INDEX directory_sync_run_latest ON directory_sync_run (organization_id, created_at DESC);
