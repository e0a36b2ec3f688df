-- The registers: 情報システム台帳 (R5 2.1.2) with 重要度 (000 表5.1.1-1/2) and the per-system statement of
-- applicability, 情報資産台帳, 機器等 and 外部電磁的記録媒体管理台帳 (003 2.1④(f)-(h)). Levels and restrictions are
-- stored as the codes of the organization's classification scheme (classification module), validated there.

-- The catalog edition the organization's systems are assessed against (one per organization).
CREATE TABLE registry_setting (
    organization_id uuid PRIMARY KEY REFERENCES organization (id),
    catalog_edition text NOT NULL,
    version         bigint NOT NULL DEFAULT 0
);

-- 重要度 criteria as data. organization_id NULL: the defaults (表5.1.1-1), used until an organization keeps its own.
-- derivation: the criterion is met by facts the register already knows (no tick needed).
CREATE TABLE importance_criterion (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    organization_id uuid REFERENCES organization (id),
    code            text NOT NULL,
    importance      text NOT NULL CHECK (importance IN ('HIGH', 'MEDIUM', 'LOW')),
    text            text NOT NULL,
    text_en         text,
    derivation      text CHECK (derivation IN ('HANDLES_TOP_CONFIDENTIALITY', 'HANDLES_PROTECTED_INFORMATION',
                        'AFFECTS_HIGH_SYSTEM', 'AFFECTS_MEDIUM_SYSTEM')),
    source          text,
    sort_order      integer NOT NULL DEFAULT 0,
    active          boolean NOT NULL DEFAULT true
);
CREATE UNIQUE INDEX importance_criterion_code_idx ON importance_criterion (coalesce(organization_id, '00000000-0000-0000-0000-000000000000'::uuid), code);

INSERT INTO importance_criterion (organization_id, code, importance, text, text_en, derivation, source, sort_order) VALUES
 (NULL, 'H-NATIONAL-SECURITY', 'HIGH', '国家安全保障及び治安関係の業務を行う', 'Supports national security or public order', NULL, '000 表5.1.1-1', 10),
 (NULL, 'H-CONFIDENTIAL', 'HIGH', '機密性の高い情報を取り扱う、又は情報の漏洩及び改ざんによる社会的・経済的混乱を招くおそれのある情報を取り扱う', 'Handles highly confidential information, or information whose leak or tampering could cause social or economic disruption', 'HANDLES_TOP_CONFIDENTIALITY', '000 表5.1.1-1', 20),
 (NULL, 'H-PERSONAL-BULK', 'HIGH', '番号制度関係の業務を行う場合等、個人情報を含めて大量に取り扱う', 'Handles personal information in bulk, e.g. for the My Number system', NULL, '000 表5.1.1-1', 30),
 (NULL, 'H-BUSINESS-CRITICAL', 'HIGH', '機能停止等の場合、機関等の業務遂行に著しい影響を及ぼす', 'A stoppage would seriously affect the organization''s business', NULL, '000 表5.1.1-1', 40),
 (NULL, 'H-COST', 'HIGH', '運営経費が極めて大きい', 'Operating costs are extremely large', NULL, '000 表5.1.1-1', 50),
 (NULL, 'H-AFFECTS-HIGH', 'HIGH', '情報セキュリティインシデント発生時に「重要度：高」の他の情報システムに影響を与える', 'An incident would affect another system of importance high', 'AFFECTS_HIGH_SYSTEM', '000 表5.1.1-1', 60),
 (NULL, 'M-PROTECTED', 'MEDIUM', '「重要度：高」を除く要保護情報を取り扱う', 'Handles information requiring protection (要保護情報)', 'HANDLES_PROTECTED_INFORMATION', '000 表5.1.1-1', 70),
 (NULL, 'M-AFFECTS-MEDIUM', 'MEDIUM', '情報セキュリティインシデント発生時に「重要度：中」の他の情報システムに影響を与える', 'An incident would affect another system of importance medium', 'AFFECTS_MEDIUM_SYSTEM', '000 表5.1.1-1', 80);

CREATE SEQUENCE registry_code_seq;

CREATE TABLE information_system (
    id                      uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    organization_id         uuid NOT NULL REFERENCES organization (id),
    code                    text NOT NULL,
    name                    text NOT NULL,
    purpose                 text,
    owner_unit_id           uuid NOT NULL REFERENCES unit (id),
    users_description       text,
    user_count              integer CHECK (user_count >= 0),
    internet_facing         boolean NOT NULL DEFAULT false,
    hosting                 text NOT NULL CHECK (hosting IN ('ON_PREMISES', 'CLOUD_SERVICE',
                                'GOVERNMENT_SHARED_MANAGING', 'GOVERNMENT_SHARED_USING', 'OTHER')),
    cloud_service           text,
    bcp_relevant            boolean NOT NULL DEFAULT false,
    lifecycle_phase         text NOT NULL CHECK (lifecycle_phase IN ('PLANNING', 'CONSTRUCTION', 'OPERATION',
                                'RENEWAL_OR_DISPOSAL', 'RETIRED')),
    planning_started_on     date,
    operation_started_on    date,
    next_renewal_on         date,
    retired_on              date,
    importance              text CHECK (importance IN ('HIGH', 'MEDIUM', 'LOW')),
    importance_criteria     text[] NOT NULL DEFAULT '{}',
    importance_rationale    text,
    importance_decided_at   timestamptz,
    importance_decided_by   text,
    -- 000 5.1.1(3): classify again when the system is built, renewed or the information it handles changes
    reclassification_reason text CHECK (reclassification_reason IN ('BUILT', 'RENEWED', 'INFORMATION_CHANGED',
                                'LINKS_CHANGED')),
    note                    text,
    created_at              timestamptz NOT NULL DEFAULT now(),
    updated_at              timestamptz NOT NULL DEFAULT now(),
    version                 bigint NOT NULL DEFAULT 0,
    search_text             text GENERATED ALWAYS AS (lower(code || ' ' || name || ' ' || coalesce(purpose, '')
                                || ' ' || coalesce(cloud_service, ''))) STORED,
    UNIQUE (organization_id, code)
);
CREATE INDEX information_system_search_idx ON information_system USING gin (search_text gin_trgm_ops);
CREATE INDEX information_system_org_name_idx ON information_system (organization_id, name, id);
CREATE INDEX information_system_org_unit_idx ON information_system (organization_id, owner_unit_id);

CREATE TABLE system_user_unit (
    system_id       uuid NOT NULL REFERENCES information_system (id) ON DELETE CASCADE,
    unit_id         uuid NOT NULL REFERENCES unit (id),
    PRIMARY KEY (system_id, unit_id)
);
CREATE INDEX system_user_unit_unit_idx ON system_user_unit (unit_id);

-- system_id relies on depends_on_id: an incident in depends_on_id affects system_id (表5.1.1-1 「他の情報システムに
-- 影響を与える場合」 reads these links the other way round).
CREATE TABLE system_dependency (
    system_id       uuid NOT NULL REFERENCES information_system (id) ON DELETE CASCADE,
    depends_on_id   uuid NOT NULL REFERENCES information_system (id) ON DELETE CASCADE,
    note            text,
    PRIMARY KEY (system_id, depends_on_id),
    CHECK (system_id <> depends_on_id)
);
CREATE INDEX system_dependency_reverse_idx ON system_dependency (depends_on_id);

CREATE TABLE system_importance_decision (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    organization_id uuid NOT NULL REFERENCES organization (id),
    system_id       uuid NOT NULL REFERENCES information_system (id),
    importance      text NOT NULL CHECK (importance IN ('HIGH', 'MEDIUM', 'LOW')),
    proposed        text NOT NULL CHECK (proposed IN ('HIGH', 'MEDIUM', 'LOW')),
    criteria        text[] NOT NULL,               -- met criteria (ticked and derived), by code
    rationale       text,
    occasion        text NOT NULL,                 -- FIRST, BUILT, RENEWED, INFORMATION_CHANGED, LINKS_CHANGED, REVIEW
    decided_at      timestamptz NOT NULL DEFAULT now(),
    decided_by      text NOT NULL
);
COMMENT ON TABLE system_importance_decision IS 'append-only: the history of 重要度 decisions of each system';
CREATE TRIGGER system_importance_decision_no_update BEFORE UPDATE OR DELETE ON system_importance_decision
    FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER system_importance_decision_no_truncate BEFORE TRUNCATE ON system_importance_decision
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();
CREATE INDEX system_importance_decision_system_idx ON system_importance_decision (system_id, decided_at);

-- 情報システム関連文書 (R5 5.2.2(1)); content in PostgreSQL, see docs/adr/0005-registry-documents-in-postgresql.md.
CREATE TABLE system_document (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    organization_id uuid NOT NULL REFERENCES organization (id),
    system_id       uuid NOT NULL REFERENCES information_system (id),
    title           text NOT NULL,
    kind            text NOT NULL,
    file_name       text NOT NULL,
    content_type    text NOT NULL,
    size_bytes      bigint NOT NULL,
    sha256          text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    content         bytea NOT NULL,
    uploaded_at     timestamptz NOT NULL DEFAULT now(),
    uploaded_by     text NOT NULL,
    withdrawn_at    timestamptz
);
CREATE INDEX system_document_system_idx ON system_document (system_id);

-- Which clauses of the edition concern a system, by clause-id prefix, and under which condition. NULL organization:
-- the defaults; an organization's own rows replace them for that edition.
CREATE TABLE applicability_rule (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    organization_id uuid REFERENCES organization (id),
    edition_code    text NOT NULL,
    node_prefix     text NOT NULL,
    condition       text NOT NULL CHECK (condition IN ('ALWAYS', 'NEVER', 'USES_CLOUD_WITH_CONFIDENTIAL',
                        'USES_CLOUD_WITHOUT_CONFIDENTIAL', 'INTERNET_FACING', 'GOVERNMENT_SHARED_MANAGING',
                        'GOVERNMENT_SHARED_USING', 'IMPORTANCE_HIGH', 'HANDLES_CONFIDENTIAL')),
    note            text,
    source          text
);
CREATE INDEX applicability_rule_idx ON applicability_rule (edition_code, organization_id);

INSERT INTO applicability_rule (organization_id, edition_code, node_prefix, condition, note, source) VALUES
 (NULL, 'nisc-r5', '4.1.2', 'ALWAYS', '情報システムに関する業務委託', '000 R5 目次'),
 (NULL, 'nisc-r5', '4.2.1', 'USES_CLOUD_WITH_CONFIDENTIAL', 'クラウドサービスの選定（要機密情報を取り扱う場合）', '000 R5 目次'),
 (NULL, 'nisc-r5', '4.2.2', 'USES_CLOUD_WITH_CONFIDENTIAL', 'クラウドサービスの利用（要機密情報を取り扱う場合）', '000 R5 目次'),
 (NULL, 'nisc-r5', '4.2.3', 'USES_CLOUD_WITHOUT_CONFIDENTIAL', '要機密情報を取り扱わないクラウドサービス', '000 R5 目次'),
 (NULL, 'nisc-r5', '4.3.1', 'ALWAYS', '機器等の調達', '000 R5 目次'),
 (NULL, 'nisc-r5', '5.', 'ALWAYS', '情報システムのライフサイクル', '000 R5 目次'),
 (NULL, 'nisc-r5', '5.1.1', 'NEVER', '分類基準等の整備は機関全体の事項', '000 R5 目次'),
 (NULL, 'nisc-r5', '5.4.1', 'GOVERNMENT_SHARED_MANAGING', '政府共通利用型システム（管理機関）', '000 R5 目次'),
 (NULL, 'nisc-r5', '5.4.2', 'GOVERNMENT_SHARED_USING', '政府共通利用型システム（利用機関）', '000 R5 目次'),
 (NULL, 'nisc-r5', '6.', 'ALWAYS', '情報システムの構成要素', '000 R5 目次'),
 (NULL, 'nisc-r5', '6.4.1(2)', 'INTERNET_FACING', '機関等外通信回線の接続時', '000 R5 目次'),
 (NULL, 'nisc-r5', '6.6.2', 'INTERNET_FACING', 'アプリケーション・コンテンツの提供時', '000 R5 目次'),
 (NULL, 'nisc-r5', '7.', 'ALWAYS', '情報システムのセキュリティ要件', '000 R5 目次'),
 (NULL, 'nisc-legacy', '5.', 'ALWAYS', '情報システムのライフサイクル', '001'),
 (NULL, 'nisc-legacy', '6.', 'ALWAYS', '情報システムのセキュリティ要件', '001'),
 (NULL, 'nisc-legacy', '7.', 'ALWAYS', '情報システムの構成要素', '001'),
 (NULL, 'nisc-r3', '5.', 'ALWAYS', '情報システムのライフサイクル', '002'),
 (NULL, 'nisc-r3', '6.', 'ALWAYS', '情報システムのセキュリティ要件', '002'),
 (NULL, 'nisc-r3', '7.', 'ALWAYS', '情報システムの構成要素', '002'),
 (NULL, 'nisc-r3', '4.2', 'USES_CLOUD_WITH_CONFIDENTIAL', 'クラウドサービスの利用', '002');

-- The per-system statement of applicability: what the system owner says about each applicable clause.
CREATE TABLE system_requirement_status (
    system_id       uuid NOT NULL REFERENCES information_system (id),
    edition_code    text NOT NULL,
    node_id         text NOT NULL,
    status          text NOT NULL CHECK (status IN ('IMPLEMENTED', 'PLANNED', 'NOT_APPLICABLE', 'EXEMPTED')),
    reason          text,
    updated_at      timestamptz NOT NULL DEFAULT now(),
    updated_by      text NOT NULL,
    version         bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (system_id, edition_code, node_id),
    CHECK (status NOT IN ('NOT_APPLICABLE', 'EXEMPTED') OR reason IS NOT NULL)
);

CREATE TABLE external_medium (
    id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    organization_id     uuid NOT NULL REFERENCES organization (id),
    code                text NOT NULL,
    kind                text NOT NULL CHECK (kind IN ('USB_MEMORY', 'EXTERNAL_SSD', 'EXTERNAL_HDD', 'SD_CARD',
                            'OPTICAL_DISC', 'OTHER')),
    description         text,
    unit_id             uuid NOT NULL REFERENCES unit (id),
    custodian_id        uuid REFERENCES person (id),   -- 管理者 of the medium
    max_confidentiality text NOT NULL,                 -- the highest level it may hold
    encrypted           boolean NOT NULL DEFAULT false,
    status              text NOT NULL DEFAULT 'AVAILABLE' CHECK (status IN ('AVAILABLE', 'LENT', 'LOST', 'DISPOSED')),
    disposal_method     text,
    disposed_on         date,
    disposal_record     text,
    created_at          timestamptz NOT NULL DEFAULT now(),
    version             bigint NOT NULL DEFAULT 0,
    UNIQUE (organization_id, code)
);
CREATE INDEX external_medium_org_unit_idx ON external_medium (organization_id, unit_id);

CREATE TABLE medium_loan (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    medium_id       uuid NOT NULL REFERENCES external_medium (id),
    borrower_id     uuid NOT NULL REFERENCES person (id),
    purpose         text,
    lent_on         date NOT NULL,
    due_on          date,
    returned_on     date,
    lent_by         text NOT NULL,
    returned_to     text,
    CHECK (returned_on IS NULL OR returned_on >= lent_on)
);
CREATE INDEX medium_loan_medium_idx ON medium_loan (medium_id, lent_on DESC);
CREATE UNIQUE INDEX medium_loan_open_idx ON medium_loan (medium_id) WHERE returned_on IS NULL;

CREATE TABLE information_asset (
    id                      uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    organization_id         uuid NOT NULL REFERENCES organization (id),
    code                    text NOT NULL,
    name                    text NOT NULL,
    description             text,
    owner_unit_id           uuid NOT NULL REFERENCES unit (id),
    manager_id              uuid REFERENCES person (id),
    confidentiality         text NOT NULL,
    integrity               text,
    availability            text,
    restrictions            text[] NOT NULL DEFAULT '{}',
    restriction_detail      text,
    storage_kind            text NOT NULL CHECK (storage_kind IN ('SYSTEM', 'MEDIUM', 'PAPER', 'OTHER')),
    storage_system_id       uuid REFERENCES information_system (id),
    storage_medium_id       uuid REFERENCES external_medium (id),
    storage_location        text,
    personal_info           boolean NOT NULL DEFAULT false,
    specific_personal_info  boolean NOT NULL DEFAULT false,  -- 特定個人情報 (マイナンバー)
    retention_until         date,
    retention_note          text,
    disposal_method         text CHECK (disposal_method IN ('CRYPTO_ERASE', 'OVERWRITE', 'DEGAUSS',
                                'PHYSICAL_DESTRUCTION', 'SHREDDING', 'DELETION', 'OTHER')),
    disposed_on             date,
    disposal_record         text,
    created_at              timestamptz NOT NULL DEFAULT now(),
    updated_at              timestamptz NOT NULL DEFAULT now(),
    version                 bigint NOT NULL DEFAULT 0,
    search_text             text GENERATED ALWAYS AS (lower(code || ' ' || name || ' ' || coalesce(description, '')
                                || ' ' || coalesce(storage_location, ''))) STORED,
    UNIQUE (organization_id, code),
    CHECK (storage_kind <> 'SYSTEM' OR storage_system_id IS NOT NULL),
    CHECK (storage_kind <> 'MEDIUM' OR storage_medium_id IS NOT NULL)
);
CREATE INDEX information_asset_search_idx ON information_asset USING gin (search_text gin_trgm_ops);
CREATE INDEX information_asset_org_name_idx ON information_asset (organization_id, name, id);
CREATE INDEX information_asset_org_unit_idx ON information_asset (organization_id, owner_unit_id);
CREATE INDEX information_asset_org_conf_idx ON information_asset (organization_id, confidentiality);
CREATE INDEX information_asset_system_idx ON information_asset (storage_system_id);

-- The information a system handles (stored there or only processed).
CREATE TABLE system_asset (
    system_id       uuid NOT NULL REFERENCES information_system (id) ON DELETE CASCADE,
    asset_id        uuid NOT NULL REFERENCES information_asset (id) ON DELETE CASCADE,
    PRIMARY KEY (system_id, asset_id)
);
CREATE INDEX system_asset_asset_idx ON system_asset (asset_id);

CREATE TABLE equipment (
    id                      uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    organization_id         uuid NOT NULL REFERENCES organization (id),
    code                    text NOT NULL,
    kind                    text NOT NULL CHECK (kind IN ('SERVER', 'TERMINAL', 'NETWORK_DEVICE', 'MULTIFUNCTION_DEVICE',
                                'SPECIAL_PURPOSE_DEVICE', 'SOFTWARE', 'OTHER')),
    name                    text NOT NULL,
    unit_id                 uuid NOT NULL REFERENCES unit (id),
    system_id               uuid REFERENCES information_system (id),
    manufacturer            text,
    model                   text,
    product_version         text,
    location                text,
    issued                  boolean,            -- terminals: 機関等支給 (true) or not (BYOD, false)
    iot                     boolean NOT NULL DEFAULT false,
    jcstar_level            smallint CHECK (jcstar_level BETWEEN 1 AND 4),
    jcstar_assurance        text CHECK (jcstar_assurance IN ('SELF_DECLARED', 'THIRD_PARTY')),
    jcstar_evidence         text,
    controls_infrastructure boolean NOT NULL DEFAULT false, -- 情報システムの基盤を管理又は制御するソフトウェア (R5 6.5.1)
    status                  text NOT NULL DEFAULT 'IN_USE' CHECK (status IN ('IN_USE', 'RETIRED')),
    retired_on              date,
    disposal_method         text,
    note                    text,
    created_at              timestamptz NOT NULL DEFAULT now(),
    version                 bigint NOT NULL DEFAULT 0,
    search_text             text GENERATED ALWAYS AS (lower(code || ' ' || name || ' ' || coalesce(manufacturer, '')
                                || ' ' || coalesce(model, ''))) STORED,
    UNIQUE (organization_id, code),
    CHECK ((jcstar_level IS NULL) = (jcstar_assurance IS NULL))
);
CREATE INDEX equipment_search_idx ON equipment USING gin (search_text gin_trgm_ops);
CREATE INDEX equipment_org_kind_idx ON equipment (organization_id, kind, name);
CREATE INDEX equipment_system_idx ON equipment (system_id);
