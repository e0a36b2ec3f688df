-- 例外措置の審査記録 (001 1.2.1.3(2)(c)), one per decided application; together they are the ledger (台帳) the CISO
-- keeps and the 監査責任者 consults ((f)). The application itself is an approval_request of type EXEMPTION; the
-- record copies what was applied for and what was decided, so the ledger reads without the workflow tables.
CREATE TABLE exemption_record (
    request_id              uuid PRIMARY KEY,          -- the approval request (workflow module), by id
    organization_id         uuid NOT NULL REFERENCES organization (id),
    number                  text NOT NULL,
    -- (ア) 決定を審査した者の情報
    reviewer_id             uuid NOT NULL,
    reviewer_name           text NOT NULL,
    reviewer_role           text,
    reviewer_unit           text,
    reviewer_contact        text,
    on_behalf_of_name       text,
    -- (イ) 申請内容
    applicant_id            uuid NOT NULL,
    applicant_name          text NOT NULL,
    applicant_unit          text,
    applicant_contact       text,
    regulation              text NOT NULL,
    clause                  text NOT NULL,
    requirement_id          text,
    system_ids              uuid[] NOT NULL DEFAULT '{}',
    period_from             date,
    period_to               date,
    measures                text NOT NULL,
    end_report_method       text NOT NULL,
    reason                  text NOT NULL,
    post_hoc                boolean NOT NULL DEFAULT false,
    post_hoc_reason         text,
    -- (ウ) 審査結果の内容
    granted                 boolean NOT NULL,
    decision_reason         text,
    approved_regulation     text,
    approved_clause         text,
    approved_requirement_id text,
    approved_from           date,
    approved_to             date,
    approved_measures       text,
    approved_end_report_method text,
    conditions              text,
    end_report_required     boolean NOT NULL DEFAULT false,
    decided_at              timestamptz NOT NULL,
    snapshot_sha256         text NOT NULL,
    -- the end (d)(e) and the report to the CISO (c)
    ended_on                date,
    end_reason              text CHECK (end_reason IN ('REPORTED', 'PERIOD_ENDED')),
    reported_to_ciso_at     timestamptz NOT NULL DEFAULT now(),
    ciso_acknowledged_at    timestamptz,
    ciso_acknowledged_by    text,
    version                 bigint NOT NULL DEFAULT 0
);
CREATE INDEX exemption_record_org_idx ON exemption_record (organization_id, decided_at DESC);
CREATE INDEX exemption_record_systems_idx ON exemption_record USING gin (system_ids);
CREATE INDEX exemption_record_unacknowledged_idx ON exemption_record (organization_id)
    WHERE ciso_acknowledged_at IS NULL;
