-- Sentence embeddings of listings, computed once by whichever node first indexes a listing
-- and read by every other. `text_hash` fingerprints the embedded text: a listing whose text
-- changed has a stale embedding. Vectors are little-endian f32.
CREATE TABLE listing_embeddings (
    listing_id BIGINT PRIMARY KEY REFERENCES listings (id),
    model      TEXT NOT NULL,
    text_hash  TEXT NOT NULL,
    vector     BYTEA NOT NULL,
    updated_at TEXT NOT NULL
);
