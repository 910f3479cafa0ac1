-- Branch venues of a brokerage event: besides the main venue (on `events`), places in other
-- countries with their own time zone and tables per slot. A participant on site sits at the
-- main venue (`venue` NULL) or at a branch, by name; a scheduled on-site meeting records the
-- venue of its table the same way.

CREATE TABLE event_venues (
    event_id  BIGINT NOT NULL REFERENCES events (id),
    position  BIGINT NOT NULL,
    name      TEXT NOT NULL,
    time_zone TEXT NOT NULL,
    tables    BIGINT NOT NULL,
    PRIMARY KEY (event_id, position),
    UNIQUE (event_id, name)
);

ALTER TABLE event_participants ADD COLUMN venue TEXT;
ALTER TABLE meeting_requests ADD COLUMN venue TEXT;
