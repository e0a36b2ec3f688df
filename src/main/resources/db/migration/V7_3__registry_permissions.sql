-- Classification and registers permissions on the standard roles of organizations that exist already (new
-- organizations get them from StandardRoles). Only standard roles are touched: organizations' own roles stay as
-- their administrators defined them. Unit-scoped holders (情報セキュリティ責任者, 課室情報セキュリティ責任者) keep
-- the registers of their units; system-scoped holders (情報システムセキュリティ責任者/管理者) their systems.
WITH grants(code, added) AS (VALUES
    ('CISO',        ARRAY['CLASSIFICATION_READ', 'CLASSIFICATION_ADMINISTER', 'REGISTRY_READ']),
    ('DEPUTY_CISO', ARRAY['CLASSIFICATION_READ', 'REGISTRY_READ']),
    ('COMMITTEE',   ARRAY['CLASSIFICATION_READ']),
    ('AUDIT_CHIEF', ARRAY['CLASSIFICATION_READ', 'REGISTRY_READ']),
    ('AUDITOR',     ARRAY['CLASSIFICATION_READ', 'REGISTRY_READ']),
    ('GENERAL_ISO', ARRAY['CLASSIFICATION_READ', 'CLASSIFICATION_ADMINISTER', 'REGISTRY_READ', 'REGISTRY_ADMINISTER']),
    ('ISO',         ARRAY['CLASSIFICATION_READ', 'REGISTRY_READ', 'REGISTRY_ADMINISTER']),
    ('SECTION_ISO', ARRAY['CLASSIFICATION_READ', 'REGISTRY_READ', 'REGISTRY_ADMINISTER']),
    ('SYSTEM_OWNER', ARRAY['REGISTRY_READ', 'REGISTRY_ADMINISTER']),
    ('SYSTEM_ADMIN', ARRAY['REGISTRY_READ', 'REGISTRY_ADMINISTER']),
    ('ADVISER',     ARRAY['CLASSIFICATION_READ', 'REGISTRY_READ']),
    ('CSIRT',       ARRAY['CLASSIFICATION_READ', 'REGISTRY_READ']),
    ('CLOUD_ADMIN', ARRAY['CLASSIFICATION_READ', 'REGISTRY_READ']),
    ('STAFF',       ARRAY['CLASSIFICATION_READ']),
    ('ADMIN',       ARRAY['CLASSIFICATION_READ']))
UPDATE role_definition r
SET permissions = ARRAY(SELECT DISTINCT p FROM unnest(r.permissions || g.added) AS p ORDER BY p),
    version = r.version + 1
FROM grants g
WHERE r.standard_role AND r.code = g.code;
