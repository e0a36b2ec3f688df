-- The organization's 対策基準 (issue 4): documents, their versions with approval (draft → 委員会 review → CISO
-- approval → in force → superseded), the clauses of each version exactly as the importer numbers them, and the
-- mappings of clauses onto catalog requirements (suggested by the mapper, confirmed/rejected/added by people).

CREATE TABLE standard_document (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    organization_id uuid NOT NULL REFERENCES organization (id),
    code            text NOT NULL CHECK (code ~ '^[a-z0-9][a-z0-9._-]{1,63}$'),
    title           text NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    UNIQUE (organization_id, code)
);

CREATE TABLE standard_version (
    id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    document_id         uuid NOT NULL REFERENCES standard_document (id),
    number              integer NOT NULL,
    status              text NOT NULL CHECK (status IN ('DRAFT', 'IN_REVIEW', 'APPROVED', 'IN_FORCE', 'SUPERSEDED')),
    source_attribution  text NOT NULL,
    source_file         text,
    source_sha256       text,
    document_style      text,
    clause_count        integer NOT NULL,
    unplaced_count      integer NOT NULL DEFAULT 0,
    imported_at         timestamptz NOT NULL DEFAULT now(),
    imported_by         text NOT NULL,
    submitted_by        uuid,          -- person: separation of duties compares it with the approver
    submitted_by_name   text,
    submitted_at        timestamptz,
    approved_by         uuid,
    approved_by_name    text,
    approved_at         timestamptz,
    in_force_at         timestamptz,
    superseded_at       timestamptz,
    version             bigint NOT NULL DEFAULT 0,
    UNIQUE (document_id, number)
);
CREATE UNIQUE INDEX standard_version_one_in_force ON standard_version (document_id) WHERE status = 'IN_FORCE';

CREATE TABLE standard_clause (
    version_id      uuid NOT NULL REFERENCES standard_version (id),
    locator         text NOT NULL,          -- exactly as the parser builds it: 3.3(2)②(a), 3.1(2)④(b)エ
    parent_locator  text,
    kind            text NOT NULL,
    title           text,
    text            text NOT NULL DEFAULT '',
    line            integer NOT NULL,
    roles           text[] NOT NULL DEFAULT '{}',
    cells           text[] NOT NULL DEFAULT '{}',
    sort_order      integer NOT NULL,
    depth           integer NOT NULL,
    PRIMARY KEY (version_id, locator),
    FOREIGN KEY (version_id, parent_locator) REFERENCES standard_clause (version_id, locator)
);
CREATE UNIQUE INDEX standard_clause_order_idx ON standard_clause (version_id, sort_order);

-- One row per clause and target edition per suggestion run: what the mapper decided (mapped / 独自規定).
CREATE TABLE clause_assessment (
    version_id      uuid NOT NULL,
    locator         text NOT NULL,
    edition_code    text NOT NULL,          -- catalog edition, by code (catalog module's data: by id only)
    decision        text NOT NULL CHECK (decision IN ('MAPPED', 'UNMAPPED')),
    PRIMARY KEY (version_id, edition_code, locator),
    FOREIGN KEY (version_id, locator) REFERENCES standard_clause (version_id, locator)
);

CREATE TABLE clause_mapping (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    version_id      uuid NOT NULL,
    locator         text NOT NULL,
    edition_code    text NOT NULL,
    requirement_id  text NOT NULL,
    status          text NOT NULL CHECK (status IN ('SUGGESTED', 'CONFIRMED', 'REJECTED', 'MANUAL')),
    score           double precision,       -- the mapper's score; null for a mapping added by hand
    rank            integer,                -- 1 = the mapper's best candidate
    note            text,
    decided_by      text,
    decided_at      timestamptz,
    created_at      timestamptz NOT NULL DEFAULT now(),
    version         bigint NOT NULL DEFAULT 0,
    UNIQUE (version_id, edition_code, locator, requirement_id),
    FOREIGN KEY (version_id, locator) REFERENCES standard_clause (version_id, locator)
);
CREATE INDEX clause_mapping_requirement_idx ON clause_mapping (version_id, edition_code, requirement_id);

CREATE TABLE clause_weakening (
    version_id      uuid NOT NULL,
    locator         text NOT NULL,
    edition_code    text NOT NULL,
    requirement_id  text NOT NULL,
    kind            text NOT NULL,
    explanation     text NOT NULL,
    FOREIGN KEY (version_id, locator) REFERENCES standard_clause (version_id, locator)
);
CREATE INDEX clause_weakening_idx ON clause_weakening (version_id, edition_code);

-- The mapper's coverage of each requirement at the last suggestion run; confirmed mappings override it.
CREATE TABLE requirement_coverage (
    version_id      uuid NOT NULL REFERENCES standard_version (id),
    edition_code    text NOT NULL,
    requirement_id  text NOT NULL,
    coverage        text NOT NULL CHECK (coverage IN ('COVERED', 'PARTIAL', 'UNCOVERED')),
    clauses         text[] NOT NULL DEFAULT '{}',
    sort_order      integer NOT NULL,
    PRIMARY KEY (version_id, edition_code, requirement_id)
);

CREATE TABLE suggestion_run (
    version_id      uuid NOT NULL REFERENCES standard_version (id),
    edition_code    text NOT NULL,
    ran_at          timestamptz NOT NULL DEFAULT now(),
    ran_by          text NOT NULL,
    mapped          integer NOT NULL,
    unmapped        integer NOT NULL,
    PRIMARY KEY (version_id, edition_code)
);

-- Roles are data: the standard roles of existing organizations get the new permissions (new organizations get them
-- from StandardRoles). 統括 maintains the standard, the CISO approves it (001 1.2.1.1(1), 1.2.1.1(5)).
UPDATE role_definition SET permissions = array_append(permissions, 'STANDARD_ADMINISTER')
 WHERE code = 'GENERAL_ISO' AND NOT ('STANDARD_ADMINISTER' = ANY (permissions));
UPDATE role_definition SET permissions = array_append(permissions, 'STANDARD_APPROVE')
 WHERE code = 'CISO' AND NOT ('STANDARD_APPROVE' = ANY (permissions));

-- Applicant ≠ approver (001 1.2.1.2(1)(a)(ア)) for the versions of the 対策基準, in every existing organization.
INSERT INTO separation_rule (organization_id, kind, first_code, second_code, reason, reason_en, clause)
SELECT id, 'ACTION_PAIR', 'standard.submit', 'standard.approve',
       '対策基準の版を審議に付した者は、その版を承認することはできません',
       'The person who submitted a version of the standard cannot approve it',
       '1.2.1.2(1)(a)(ア)'
  FROM organization
ON CONFLICT DO NOTHING;
