-- The conversation between the two organizations of an expression of interest: each message
-- with the organization and the person who wrote it.

CREATE TABLE interest_messages (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    interest_id     BIGINT NOT NULL REFERENCES expressions_of_interest (id),
    organization_id BIGINT NOT NULL REFERENCES organizations (id),
    author          TEXT NOT NULL,
    body            TEXT NOT NULL,
    sent_at         TEXT NOT NULL
);
CREATE INDEX interest_messages_interest ON interest_messages (interest_id, id);
