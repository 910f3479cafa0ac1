-- Expressions of interest in published listings, and every release of a listing's confidential
-- details that followed one. A release records who received which version, and when: the owner
-- can always see what left the organization.

CREATE TABLE expressions_of_interest (
    id              INTEGER PRIMARY KEY,
    listing_id      INTEGER NOT NULL REFERENCES listings (id),
    organization_id INTEGER NOT NULL REFERENCES organizations (id),
    message         TEXT NOT NULL,
    status          TEXT NOT NULL,
    sent_at         TEXT NOT NULL,
    answer_by       TEXT NOT NULL,
    answered_on     TEXT,
    decline_reason  TEXT,
    terms_agreed_by TEXT,
    terms_agreed_at TEXT,
    updated_at      TEXT NOT NULL
);
CREATE INDEX expressions_of_interest_listing ON expressions_of_interest (listing_id);
CREATE INDEX expressions_of_interest_organization ON expressions_of_interest (organization_id);
CREATE INDEX expressions_of_interest_due ON expressions_of_interest (status, answer_by);

CREATE TABLE disclosures (
    id                   INTEGER PRIMARY KEY,
    interest_id          INTEGER NOT NULL REFERENCES expressions_of_interest (id),
    confidential_version INTEGER NOT NULL,
    released_to          TEXT NOT NULL,
    released_at          TEXT NOT NULL
);
CREATE INDEX disclosures_interest ON disclosures (interest_id);
