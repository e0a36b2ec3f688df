-- Catalog of standards: frameworks (統一基準群, an organization's 対策基準 ...), their editions as clause trees with
-- the document's own numbering, and typed crosswalk links between editions. A published edition is immutable:
-- a new edition is a new row side by side, never an overwrite (issue 3).

CREATE TABLE catalog_framework (
    code            text PRIMARY KEY,
    title           text NOT NULL,
    publisher       text,
    sort_order      integer NOT NULL DEFAULT 0
);

INSERT INTO catalog_framework (code, title, publisher, sort_order) VALUES
    ('nisc-unified', '政府機関等のサイバーセキュリティ対策のための統一基準群', '内閣官房 内閣サイバーセキュリティセンター（NISC）', 1),
    ('organization-standard', '機関等の対策基準', NULL, 2),
    ('other', 'その他の基準', NULL, 3);

CREATE TABLE catalog_edition (
    id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    framework_code      text NOT NULL REFERENCES catalog_framework (code),
    code                text NOT NULL UNIQUE CHECK (code ~ '^[a-z0-9][a-z0-9._-]{1,63}$'),
    title               text NOT NULL,
    publisher           text,
    published_on        date,
    effective_on        date,
    source_attribution  text NOT NULL,
    source_file         text,
    source_sha256       text,
    document_style      text,
    status              text NOT NULL DEFAULT 'PUBLISHED' CHECK (status IN ('PUBLISHED')),
    outline_only        boolean NOT NULL DEFAULT false,
    shipped             boolean NOT NULL DEFAULT false,
    node_count          integer NOT NULL,
    unplaced_count      integer NOT NULL DEFAULT 0,
    sort_order          integer NOT NULL DEFAULT 0,
    imported_at         timestamptz NOT NULL DEFAULT now(),
    imported_by         text NOT NULL
);

CREATE TABLE catalog_node (
    edition_id      uuid NOT NULL REFERENCES catalog_edition (id),
    node_id         text NOT NULL,          -- exactly as the document numbers it: 1.2.1.3(2)(f), 4.1.1(3)-1 a)
    parent_node_id  text,
    kind            text NOT NULL,
    title           text,
    text            text NOT NULL DEFAULT '',
    line            integer NOT NULL,
    tier            text CHECK (tier IN ('BASIC', 'ENHANCED', 'ADDITIONAL')),
    roles           text[] NOT NULL DEFAULT '{}',
    sort_order      integer NOT NULL,
    depth           integer NOT NULL,
    outline_only    boolean NOT NULL DEFAULT false,  -- heading known, text not in the source
    note            text,                            -- marker of the source: 新設, ●, 移設 ...
    PRIMARY KEY (edition_id, node_id),
    FOREIGN KEY (edition_id, parent_node_id) REFERENCES catalog_node (edition_id, node_id)
);
CREATE INDEX catalog_node_parent_idx ON catalog_node (edition_id, parent_node_id);
CREATE UNIQUE INDEX catalog_node_order_idx ON catalog_node (edition_id, sort_order);

-- Lines of the source the importer could not place, kept with the edition so nothing is dropped silently.
CREATE TABLE catalog_unplaced_line (
    edition_id      uuid NOT NULL REFERENCES catalog_edition (id),
    line            integer NOT NULL,
    text            text NOT NULL,
    reason          text NOT NULL,
    PRIMARY KEY (edition_id, line)
);

CREATE TABLE catalog_crosswalk (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    from_edition_id uuid NOT NULL REFERENCES catalog_edition (id),
    from_node_id    text,                   -- null for NEW: nothing in the older edition
    to_edition_id   uuid NOT NULL REFERENCES catalog_edition (id),
    to_node_id      text,                   -- null for REMOVED
    type            text NOT NULL CHECK (type IN ('MOVED', 'NEW', 'RENAMED', 'SPLIT', 'MERGED', 'REWORDED', 'REMOVED')),
    note            text,
    source          text,                   -- where the link comes from, e.g. 000 L1022
    created_at      timestamptz NOT NULL DEFAULT now(),
    FOREIGN KEY (from_edition_id, from_node_id) REFERENCES catalog_node (edition_id, node_id),
    FOREIGN KEY (to_edition_id, to_node_id) REFERENCES catalog_node (edition_id, node_id),
    CHECK (from_node_id IS NOT NULL OR to_node_id IS NOT NULL),
    CHECK (from_edition_id <> to_edition_id)
);
CREATE INDEX catalog_crosswalk_from_idx ON catalog_crosswalk (from_edition_id, from_node_id);
CREATE INDEX catalog_crosswalk_to_idx ON catalog_crosswalk (to_edition_id, to_node_id);

-- Immutability of published editions: their nodes, unplaced lines and the edition row itself cannot change.
-- (The afterMigrate grants apply the same to the application role through the 'append-only' comment.)
CREATE TRIGGER catalog_node_immutable BEFORE UPDATE OR DELETE ON catalog_node
    FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER catalog_node_no_truncate BEFORE TRUNCATE ON catalog_node
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();
CREATE TRIGGER catalog_edition_immutable BEFORE UPDATE OR DELETE ON catalog_edition
    FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER catalog_unplaced_immutable BEFORE UPDATE OR DELETE ON catalog_unplaced_line
    FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER catalog_crosswalk_immutable BEFORE UPDATE OR DELETE ON catalog_crosswalk
    FOR EACH ROW EXECUTE FUNCTION refuse_change();
COMMENT ON TABLE catalog_node IS 'append-only: nodes of published catalog editions';
COMMENT ON TABLE catalog_edition IS 'append-only: published catalog editions';
COMMENT ON TABLE catalog_unplaced_line IS 'append-only: lines an edition import could not place';
COMMENT ON TABLE catalog_crosswalk IS 'append-only: typed links between editions';
