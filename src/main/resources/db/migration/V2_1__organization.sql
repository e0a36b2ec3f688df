-- Organizations (機関), units (部局/課室), people (職員等 and contractor staff), roles of the standard as data,
-- role assignments with scope and validity, and the separation-of-duties matrix.

CREATE TABLE organization (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    code            text NOT NULL UNIQUE,
    name            text NOT NULL,
    name_en         text,
    kind            text NOT NULL CHECK (kind IN ('MINISTRY', 'INCORPORATED_ADMINISTRATIVE_AGENCY',
                        'DESIGNATED_CORPORATION', 'LOCAL_GOVERNMENT', 'OTHER')),
    parent_id       uuid REFERENCES organization (id),   -- 所管: the organization that oversees this one
    active          boolean NOT NULL DEFAULT true,
    created_at      timestamptz NOT NULL DEFAULT now(),
    version         bigint NOT NULL DEFAULT 0,
    CHECK (parent_id IS NULL OR parent_id <> id)
);

CREATE TABLE unit (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    organization_id uuid NOT NULL REFERENCES organization (id),
    parent_id       uuid REFERENCES unit (id),
    code            text NOT NULL,
    name            text NOT NULL,
    name_en         text,
    kind            text NOT NULL CHECK (kind IN ('BUREAU', 'DIVISION', 'OFFICE', 'OTHER')),
    sort_order      integer NOT NULL DEFAULT 0,
    active          boolean NOT NULL DEFAULT true,
    created_at      timestamptz NOT NULL DEFAULT now(),
    version         bigint NOT NULL DEFAULT 0,
    UNIQUE (organization_id, code),
    CHECK (parent_id IS NULL OR parent_id <> id)
);
CREATE INDEX unit_parent_idx ON unit (parent_id);

CREATE TABLE person (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    organization_id uuid NOT NULL REFERENCES organization (id),
    unit_id         uuid REFERENCES unit (id),
    employee_number text,
    family_name     text NOT NULL,
    given_name      text NOT NULL,
    family_name_kana text,
    given_name_kana text,
    email           text,
    phone           text,
    kind            text NOT NULL DEFAULT 'STAFF' CHECK (kind IN ('STAFF', 'CONTRACTOR')),
    job_title       text,
    superior_id     uuid REFERENCES person (id),   -- 上司: escalation target when an approver is conflicted
    joined_on       date,
    unit_since      date,                          -- start in the current unit (transfers drive the 3-month training rule)
    active          boolean NOT NULL DEFAULT true,
    created_at      timestamptz NOT NULL DEFAULT now(),
    version         bigint NOT NULL DEFAULT 0,
    UNIQUE (organization_id, employee_number)
);
CREATE INDEX person_unit_idx ON person (unit_id);
CREATE INDEX person_org_name_idx ON person (organization_id, family_name, given_name);

CREATE TABLE role_definition (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    organization_id uuid NOT NULL REFERENCES organization (id),
    code            text NOT NULL,
    name            text NOT NULL,
    name_en         text,
    description     text,
    standard_role   boolean NOT NULL DEFAULT false,  -- seeded from the 統一基準 (BRIEF §2); renameable, not deletable
    scope_kind      text NOT NULL DEFAULT 'ORGANIZATION' CHECK (scope_kind IN ('ORGANIZATION', 'UNIT', 'SYSTEM')),
    permissions     text[] NOT NULL DEFAULT '{}',
    sort_order      integer NOT NULL DEFAULT 0,
    active          boolean NOT NULL DEFAULT true,
    version         bigint NOT NULL DEFAULT 0,
    UNIQUE (organization_id, code)
);

CREATE TABLE role_assignment (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    organization_id uuid NOT NULL REFERENCES organization (id),
    role_id         uuid NOT NULL REFERENCES role_definition (id),
    person_id       uuid NOT NULL REFERENCES person (id),
    scope_kind      text NOT NULL CHECK (scope_kind IN ('ORGANIZATION', 'UNIT', 'SYSTEM')),
    scope_id        uuid,        -- unit id or information-system id; null for the whole organization
    starts_on       date NOT NULL,
    ends_on         date,        -- inclusive; null = open-ended. Ended assignments are kept as history.
    note            text,
    created_at      timestamptz NOT NULL DEFAULT now(),
    version         bigint NOT NULL DEFAULT 0,
    CHECK (ends_on IS NULL OR ends_on >= starts_on),
    CHECK ((scope_kind = 'ORGANIZATION') = (scope_id IS NULL))
);
CREATE INDEX role_assignment_person_idx ON role_assignment (person_id);
CREATE INDEX role_assignment_scope_idx ON role_assignment (organization_id, scope_kind, scope_id);

-- 001 1.2.1.2: duties that one person must not hold together (role pairs) or perform on the same subject
-- (action pairs, e.g. applying for and approving the same request).
CREATE TABLE separation_rule (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    organization_id uuid NOT NULL REFERENCES organization (id),
    kind            text NOT NULL CHECK (kind IN ('ROLE_PAIR', 'ACTION_PAIR')),
    first_code      text NOT NULL,
    second_code     text NOT NULL,
    reason          text NOT NULL,
    reason_en       text,
    clause          text,        -- the clause of the standard the rule implements
    active          boolean NOT NULL DEFAULT true,
    version         bigint NOT NULL DEFAULT 0,
    UNIQUE (organization_id, kind, first_code, second_code)
);
