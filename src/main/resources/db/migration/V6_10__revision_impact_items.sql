-- Revision impact as a worklist (issue 4): every change of a new catalog edition that touches a version of the
-- 対策基準 becomes an item with an owner, a due date and a status (open / addressed / not applicable with reason).
-- Items are recorded by a person (the impact page) or automatically when an edition is imported; recording twice
-- adds nothing (unique per version, edition pair and change).
CREATE TABLE revision_impact_item (
    id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    version_id       uuid NOT NULL REFERENCES standard_version (id),
    from_edition     text NOT NULL,
    to_edition       text NOT NULL,
    change_type      text NOT NULL,        -- catalog EditionComparison.ChangeType
    from_node        text NOT NULL DEFAULT '',
    to_node          text NOT NULL DEFAULT '',
    label            text NOT NULL DEFAULT '',
    clauses          text[] NOT NULL DEFAULT '{}',
    status           text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'ADDRESSED', 'NOT_APPLICABLE')),
    reason           text,
    owner_person_id  uuid,
    owner_name       text,
    due_on           date,
    created_at       timestamptz NOT NULL DEFAULT now(),
    created_by       text NOT NULL,
    updated_at       timestamptz,
    updated_by       text,
    version          bigint NOT NULL DEFAULT 0,
    UNIQUE (version_id, from_edition, to_edition, change_type, from_node, to_node),
    CHECK (status <> 'NOT_APPLICABLE' OR coalesce(btrim(reason), '') <> '')
);
CREATE INDEX revision_impact_item_idx ON revision_impact_item (version_id, from_edition, to_edition);
