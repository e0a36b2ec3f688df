-- 格付 and 取扱制限 per organization (001 1.1.1.3, 3.1.1; 003 2.2(2)②), and the rule tables that say how information
-- of a level may be sent or shared (003 【別表】 3.1(2)④(b)). The scheme is owned by the 統括情報セキュリティ責任者;
-- every change writes a full snapshot to classification_scheme_revision (append-only), so "which scheme was in
-- force when this asset was graded" has an answer.

CREATE TABLE classification_scheme (
    organization_id uuid PRIMARY KEY REFERENCES organization (id),
    template        text NOT NULL,                 -- GOVERNMENT, NINS, LOCAL_GOVERNMENT: where it started from
    revision        integer NOT NULL DEFAULT 1,    -- bumped by every change; snapshot in classification_scheme_revision
    changed_at      timestamptz NOT NULL DEFAULT now(),
    version         bigint NOT NULL DEFAULT 0
);

-- One level of one axis. rank orders the levels (1 = least sensitive); protected marks the levels that make
-- information 要機密 (confidentiality), 要保全 (integrity) or 要安定 (availability); any of them makes it 要保護.
CREATE TABLE classification_level (
    organization_id uuid NOT NULL REFERENCES classification_scheme (organization_id),
    axis            text NOT NULL CHECK (axis IN ('CONFIDENTIALITY', 'INTEGRITY', 'AVAILABILITY')),
    code            text NOT NULL CHECK (code ~ '^[A-Za-z0-9][A-Za-z0-9_-]{0,19}$'),
    rank            integer NOT NULL CHECK (rank BETWEEN 1 AND 9),
    name            text NOT NULL,                 -- 機密性3
    label           text,                          -- 秘密, 機構外秘 ...
    name_en         text,
    criteria        text,                          -- 分類基準
    handling        text,                          -- the restrictions that come with the level (取扱制限 column)
    examples        text,                          -- 具体的な情報資産
    protected       boolean NOT NULL DEFAULT false,
    PRIMARY KEY (organization_id, axis, code),
    UNIQUE (organization_id, axis, rank)
);

-- 取扱制限 that can be marked on information in addition to its level: 複製禁止, 持出禁止, 配布限定, 暗号化必須, 期限付 ...
CREATE TABLE handling_restriction (
    organization_id uuid NOT NULL REFERENCES classification_scheme (organization_id),
    code            text NOT NULL CHECK (code ~ '^[A-Z0-9][A-Z0-9_]{0,39}$'),
    name            text NOT NULL,
    name_en         text,
    description     text,
    needs_detail    boolean NOT NULL DEFAULT false, -- 配布限定 needs the recipients, 期限付 the date
    active          boolean NOT NULL DEFAULT true,
    sort_order      integer NOT NULL DEFAULT 0,
    PRIMARY KEY (organization_id, code)
);

CREATE TABLE classification_scheme_revision (
    organization_id uuid NOT NULL REFERENCES classification_scheme (organization_id),
    revision        integer NOT NULL,
    snapshot        jsonb NOT NULL,
    reason          text NOT NULL,
    changed_at      timestamptz NOT NULL DEFAULT now(),
    changed_by      text NOT NULL,
    PRIMARY KEY (organization_id, revision)
);
COMMENT ON TABLE classification_scheme_revision IS 'append-only: every revision of an organization''s classification scheme';
CREATE TRIGGER classification_scheme_revision_no_update BEFORE UPDATE OR DELETE ON classification_scheme_revision
    FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER classification_scheme_revision_no_truncate BEFORE TRUNCATE ON classification_scheme_revision
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();

-- A rule table: channels (メール送信, クラウドファイル共有 ...) × destinations (機関内, 機関間, 機関外) × confidentiality
-- level → decision. cell_text keeps the words of the source so the answer can quote it.
CREATE TABLE transmission_rule_table (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    organization_id uuid NOT NULL REFERENCES classification_scheme (organization_id),
    code            text NOT NULL,
    title           text NOT NULL,
    source_clause   text,                          -- 3.1(2)④(b)
    source_document text,                          -- 情報セキュリティ対策基準【別表】
    footnote        text,
    version         bigint NOT NULL DEFAULT 0,
    UNIQUE (organization_id, code)
);

CREATE TABLE transmission_channel (
    table_id        uuid NOT NULL REFERENCES transmission_rule_table (id) ON DELETE CASCADE,
    code            text NOT NULL,
    name            text NOT NULL,
    name_en         text,
    note            text,
    sort_order      integer NOT NULL DEFAULT 0,
    PRIMARY KEY (table_id, code)
);

CREATE TABLE transmission_destination (
    table_id        uuid NOT NULL REFERENCES transmission_rule_table (id) ON DELETE CASCADE,
    code            text NOT NULL,
    name            text NOT NULL,
    name_en         text,
    sort_order      integer NOT NULL DEFAULT 0,
    PRIMARY KEY (table_id, code)
);

CREATE TABLE transmission_rule (
    table_id        uuid NOT NULL REFERENCES transmission_rule_table (id) ON DELETE CASCADE,
    level_code      text NOT NULL,
    channel_code    text NOT NULL,
    destination_code text NOT NULL,
    decision        text NOT NULL CHECK (decision IN ('ALLOWED', 'ALLOWED_WITH_CONDITIONS', 'PERMISSION_REQUIRED', 'FORBIDDEN')),
    conditions      text[] NOT NULL DEFAULT '{}',  -- ENCRYPT, PASSWORD_SEPARATELY, APPROVED_SERVICE_ONLY, CISO_PERMISSION ...
    cell_text       text NOT NULL,                 -- as the source writes it: 可(要暗号化)
    interpretation  text,                          -- how an empty or merged cell was read
    PRIMARY KEY (table_id, level_code, channel_code, destination_code),
    FOREIGN KEY (table_id, channel_code) REFERENCES transmission_channel (table_id, code) ON DELETE CASCADE,
    FOREIGN KEY (table_id, destination_code) REFERENCES transmission_destination (table_id, code) ON DELETE CASCADE
);

-- Where the body text says something else than the table (or adds to it): shown with every answer it touches.
CREATE TABLE transmission_rule_note (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    table_id        uuid NOT NULL REFERENCES transmission_rule_table (id) ON DELETE CASCADE,
    kind            text NOT NULL CHECK (kind IN ('CONFLICT', 'OVERLAY', 'GAP')),
    level_code      text,                          -- null: every level
    channel_code    text,                          -- null: every channel
    clause          text NOT NULL,
    text            text NOT NULL,
    resolution      text,
    sort_order      integer NOT NULL DEFAULT 0
);
CREATE INDEX transmission_rule_note_table_idx ON transmission_rule_note (table_id);
