-- Sign-in accounts. An account belongs to a person of an organization (platform operators too).
CREATE TABLE user_account (
    id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    organization_id     uuid NOT NULL REFERENCES organization (id),
    person_id           uuid NOT NULL UNIQUE REFERENCES person (id),
    username            text NOT NULL,
    password_hash       text NOT NULL,
    password_changed_at timestamptz NOT NULL DEFAULT now(),
    must_change_password boolean NOT NULL DEFAULT false,
    totp_secret         text,             -- encrypted at rest (AES-GCM, key from the environment)
    totp_enabled        boolean NOT NULL DEFAULT false,
    totp_last_step      bigint,           -- the last accepted time step: a code is never accepted twice
    failed_attempts     integer NOT NULL DEFAULT 0,
    locked_until        timestamptz,
    platform_admin      boolean NOT NULL DEFAULT false,
    demo                boolean NOT NULL DEFAULT false,   -- demo accounts: refused in production mode
    enabled             boolean NOT NULL DEFAULT true,
    preferred_locale    text,
    last_login_at       timestamptz,
    created_at          timestamptz NOT NULL DEFAULT now(),
    version             bigint NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX user_account_username_idx ON user_account (lower(username));

-- Personal API tokens: only a SHA-256 of the token is stored; the token is shown once.
CREATE TABLE api_token (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    account_id      uuid NOT NULL REFERENCES user_account (id),
    name            text NOT NULL,
    token_hash      text NOT NULL UNIQUE,
    token_prefix    text NOT NULL,
    scopes          text[] NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    expires_at      timestamptz,
    last_used_at    timestamptz,
    revoked_at      timestamptz
);
CREATE INDEX api_token_account_idx ON api_token (account_id);
