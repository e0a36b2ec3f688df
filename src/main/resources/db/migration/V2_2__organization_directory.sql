-- What the directory pages and the oversight view need on top of V2_1: people search at 50,000 staff, the roles
-- that belong in the contact list (連絡網), and the date of an organization's last change (oversight shows it).

CREATE EXTENSION IF NOT EXISTS pg_trgm;   -- trusted since PostgreSQL 13: the schema owner may create it

ALTER TABLE organization ADD COLUMN last_changed_at timestamptz NOT NULL DEFAULT now();
CREATE INDEX organization_parent_idx ON organization (parent_id);

-- 001 1.2.2.2: the roles whose holders are in the emergency contact network; data, because organizations rename
-- and add roles (NINS lists 情報セキュリティ管理者 and 情報システム管理者 in its 緊急連絡網).
ALTER TABLE role_definition ADD COLUMN contact_list boolean NOT NULL DEFAULT false;

-- One searchable text per person (name, kana, employee number), lower-cased; substring search uses the trigram
-- index for three or more characters and the organization index otherwise.
ALTER TABLE person ADD COLUMN search_text text GENERATED ALWAYS AS (lower(
    family_name || given_name || ' ' || family_name || ' ' || given_name || ' '
    || coalesce(family_name_kana, '') || coalesce(given_name_kana, '') || ' '
    || coalesce(employee_number, ''))) STORED;
CREATE INDEX person_search_idx ON person USING gin (search_text gin_trgm_ops);
-- the list is ordered by kana within an organization; one query per page
CREATE INDEX person_org_kana_idx ON person (organization_id, family_name_kana, given_name_kana, id);
CREATE INDEX person_superior_idx ON person (superior_id);
CREATE INDEX unit_org_parent_idx ON unit (organization_id, parent_id);
CREATE INDEX role_assignment_role_idx ON role_assignment (role_id);
CREATE INDEX separation_rule_org_idx ON separation_rule (organization_id, kind) WHERE active;
