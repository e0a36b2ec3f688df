-- Runs after every migration, as the schema owner. The application logs in as ${app_role}: it gets ordinary
-- data access to every table, but none of UPDATE, DELETE or TRUNCATE on tables marked 'append-only' (the audit
-- trail), so that even a compromised application cannot rewrite history. When the application logs in as the
-- owner itself (a single-role deployment), the triggers on those tables still refuse the change.
DO $$
DECLARE
    app_role text := '${app_role}';
    t record;
BEGIN
    IF app_role = current_user OR NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = app_role) THEN
        RETURN;
    END IF;
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', current_schema(), app_role);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO %I', current_schema(), app_role);
    EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO %I', current_schema(), app_role);
    EXECUTE format('REVOKE ALL ON flyway_schema_history FROM %I', app_role);
    FOR t IN
        SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p')
          AND obj_description(c.oid, 'pg_class') LIKE 'append-only%'
    LOOP
        EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON %I FROM %I', t.relname, app_role);
    END LOOP;
END $$;
