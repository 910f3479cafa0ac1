-- Members, their technology offers and needs, and the change log the search index follows.
-- Timestamps are RFC 3339 UTC text with microseconds, dates YYYY-MM-DD: both sort as text and
-- read the same on SQLite and PostgreSQL. List fields are JSON arrays of slugs or codes.

CREATE TABLE organizations (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    ref          TEXT NOT NULL UNIQUE,
    name         TEXT NOT NULL,
    country      TEXT NOT NULL,
    type         TEXT NOT NULL,
    city         TEXT,
    website      TEXT,
    description  TEXT,
    verification TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);
CREATE INDEX organizations_country ON organizations (country);

CREATE TABLE listings (
    id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind             TEXT NOT NULL CHECK (kind IN ('offer', 'need')),
    ref              TEXT NOT NULL,
    organization_id  BIGINT NOT NULL REFERENCES organizations (id),
    language         TEXT NOT NULL,
    title            TEXT NOT NULL,
    summary          TEXT NOT NULL,
    description      TEXT,
    sectors          TEXT NOT NULL,
    trl              BIGINT,
    ip_status        TEXT,
    cooperation      TEXT NOT NULL,
    target_countries TEXT NOT NULL,
    keywords         TEXT NOT NULL,
    deadline         TEXT,
    budget_usd       BIGINT,
    status           TEXT NOT NULL,
    published_on     TEXT,
    expires_on       TEXT,
    rejection_reason TEXT,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    UNIQUE (kind, ref)
);
CREATE INDEX listings_organization ON listings (organization_id);
CREATE INDEX listings_status_expiry ON listings (status, expires_on);

-- Confidential details live apart from the public text, so that no query for public pages
-- reads them by accident. The version counts every change, so a disclosure can record which
-- version it released.
CREATE TABLE listing_confidential (
    listing_id BIGINT PRIMARY KEY REFERENCES listings (id),
    details    TEXT,
    version    BIGINT NOT NULL,
    updated_at TEXT NOT NULL
);

-- Append-only: one row per write, in commit order. Followers (the search index) read
-- everything after the last sequence number they applied.
CREATE TABLE changes (
    seq    BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    entity TEXT NOT NULL,
    ref    TEXT NOT NULL,
    at     TEXT NOT NULL
);
