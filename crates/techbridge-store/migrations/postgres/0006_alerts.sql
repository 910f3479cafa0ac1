-- What the platform tells members without being asked: a reminder before a listing expires
-- (one per listing and expiry date, so a renewed listing is reminded again before its new
-- date), and saved searches whose new results come in a daily digest.

CREATE TABLE expiry_reminders (
    listing_id BIGINT NOT NULL REFERENCES listings (id),
    expires_on TEXT NOT NULL,
    sent_at    TEXT NOT NULL,
    PRIMARY KEY (listing_id, expires_on)
);

-- `query` is the search page's query string; `last_run_on` the day of the last digest.
CREATE TABLE saved_searches (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id     BIGINT NOT NULL REFERENCES users (id),
    name        TEXT NOT NULL,
    query       TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    last_run_on TEXT
);
CREATE INDEX saved_searches_user ON saved_searches (user_id, id);

-- Listings a saved search has already reported (or found when it was saved): never twice.
CREATE TABLE saved_search_hits (
    search_id  BIGINT NOT NULL REFERENCES saved_searches (id),
    listing_id BIGINT NOT NULL REFERENCES listings (id),
    PRIMARY KEY (search_id, listing_id)
);
