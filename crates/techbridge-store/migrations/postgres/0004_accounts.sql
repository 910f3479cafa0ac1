-- People with accounts, the roles they hold, their sign-in sessions, one-time tokens (password
-- resets and invitations), and the outbox of e-mail the platform sends. Session and token
-- values are never stored, only their SHA-256: a copy of the database signs nobody in.

CREATE TABLE users (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email         TEXT NOT NULL UNIQUE,
    name          TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    locale        TEXT,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);

-- One row per role: `operator`, `contact_point` (with its country), `admin` or `member` (with
-- the organization), `reviewer`.
CREATE TABLE user_roles (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id         BIGINT NOT NULL REFERENCES users (id),
    role            TEXT NOT NULL,
    country         TEXT,
    organization_id BIGINT REFERENCES organizations (id),
    UNIQUE (user_id, role, country, organization_id)
);
CREATE INDEX user_roles_organization ON user_roles (organization_id);

CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    user_id    BIGINT NOT NULL REFERENCES users (id),
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);

-- `purpose` is `reset` (e-mail of an existing account) or `invite` (e-mail, organization and
-- role of the account the invitation creates).
CREATE TABLE one_time_tokens (
    token_hash      TEXT PRIMARY KEY,
    purpose         TEXT NOT NULL,
    email           TEXT NOT NULL,
    organization_id BIGINT REFERENCES organizations (id),
    role            TEXT,
    created_at      TEXT NOT NULL,
    expires_at      TEXT NOT NULL,
    used_at         TEXT
);

CREATE TABLE outbox (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    recipient  TEXT NOT NULL,
    subject    TEXT NOT NULL,
    body       TEXT NOT NULL,
    created_at TEXT NOT NULL,
    sent_at    TEXT,
    attempts   BIGINT NOT NULL,
    last_error TEXT
);
CREATE INDEX outbox_unsent ON outbox (sent_at, id);
