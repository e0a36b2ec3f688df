-- 違反への対処 (001 1.2.1.3(1)): a staff member reports a serious violation of the security rules to the
-- 情報セキュリティ責任者, who records the measures taken and reports to the CISO.
CREATE SEQUENCE violation_number_seq;

CREATE TABLE violation_report (
    id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    organization_id     uuid NOT NULL REFERENCES organization (id),
    number              text NOT NULL,
    reporter_id         uuid NOT NULL REFERENCES person (id),
    reporter_name       text NOT NULL,
    unit_id             uuid REFERENCES unit (id),       -- the reporter's unit: its 情報セキュリティ責任者 handles it
    unit_name           text,
    occurred_on         date NOT NULL,
    regulation          text NOT NULL,
    clause              text,
    description         text NOT NULL,
    state               text NOT NULL CHECK (state IN ('REPORTED', 'MEASURES_RECORDED', 'ACKNOWLEDGED')),
    measures            text,
    measures_by_id      uuid REFERENCES person (id),
    measures_by_name    text,
    measures_at         timestamptz,
    ciso_acknowledged_at timestamptz,
    ciso_acknowledged_by text,
    created_at          timestamptz NOT NULL DEFAULT now(),
    version             bigint NOT NULL DEFAULT 0,
    UNIQUE (organization_id, number)
);
CREATE INDEX violation_report_org_idx ON violation_report (organization_id, state, created_at DESC);
CREATE INDEX violation_report_reporter_idx ON violation_report (reporter_id);
