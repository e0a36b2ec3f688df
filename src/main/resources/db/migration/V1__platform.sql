-- Platform-wide helpers. Modules own their migrations by version range:
--   V1 platform, V2 organization, V3 identity, V4 audittrail, V5 catalog, V6 standard, ...
-- (V2_1__..., V2_2__... within a module). Never edit a migration that has shipped; add a new one.

-- Refuses every UPDATE, DELETE and TRUNCATE: attached to append-only tables.
CREATE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'table % is append-only', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
END $$;
