-- Brokerage events: an event's slots, its participants with their availability, the meeting
-- requests between them, and what became of each meeting. A meeting is an accepted request:
-- the scheduler gives it a slot (and a table when both sides are on site); a locked one keeps
-- its place when the schedule is made again. `rooms_url` is where online meetings take place:
-- each meeting's room is that address followed by the event and meeting. `version` grows with
-- every change to the event's participants and requests: a schedule made from an older one is
-- refused, and on PostgreSQL the row lock it takes puts an event's writes one after another.

CREATE TABLE events (
    id                  BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    ref                 TEXT NOT NULL UNIQUE,
    name                TEXT NOT NULL,
    venue               TEXT NOT NULL,
    time_zone           TEXT NOT NULL,
    tables              BIGINT NOT NULL,
    registration_closes TEXT NOT NULL,
    requests_close      TEXT NOT NULL,
    rooms_url           TEXT,
    version             BIGINT NOT NULL DEFAULT 0,
    created_at          TEXT NOT NULL
);

CREATE TABLE event_slots (
    id        BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id  BIGINT NOT NULL REFERENCES events (id),
    starts_at TEXT NOT NULL,
    ends_at   TEXT NOT NULL
);
CREATE INDEX event_slots_event ON event_slots (event_id, starts_at);

-- `languages` a JSON array of BCP 47 tags, `unavailable` of slot ids, `listings` of
-- "side/ref"; `interpreter` 1 for a participant who interprets.
CREATE TABLE event_participants (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id      BIGINT NOT NULL REFERENCES events (id),
    user_id       BIGINT NOT NULL REFERENCES users (id),
    organization  TEXT NOT NULL,
    attendance    TEXT NOT NULL,
    time_zone     TEXT NOT NULL,
    languages     TEXT NOT NULL,
    unavailable   TEXT NOT NULL,
    max_meetings  BIGINT,
    interpreter   BIGINT NOT NULL,
    listings      TEXT NOT NULL,
    registered_at TEXT NOT NULL,
    checked_in_at TEXT,
    UNIQUE (event_id, user_id)
);

CREATE TABLE meeting_requests (
    id                 BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id           BIGINT NOT NULL REFERENCES events (id),
    requester          BIGINT NOT NULL REFERENCES event_participants (id),
    invitee            BIGINT NOT NULL REFERENCES event_participants (id),
    message            TEXT NOT NULL,
    priority           BIGINT NOT NULL,
    status             TEXT NOT NULL,
    sent_at            TEXT NOT NULL,
    answered_at        TEXT,
    interpreter        BIGINT REFERENCES event_participants (id),
    slot_id            BIGINT REFERENCES event_slots (id),
    table_number       BIGINT,
    locked             BIGINT NOT NULL,
    unscheduled_reason TEXT,
    attended           TEXT,
    -- Part of the online room's address, random, so that no one guesses another meeting's room.
    room_key           TEXT NOT NULL
);
CREATE INDEX meeting_requests_event ON meeting_requests (event_id, id);

CREATE TABLE meeting_feedback (
    request_id     BIGINT NOT NULL REFERENCES meeting_requests (id),
    participant_id BIGINT NOT NULL REFERENCES event_participants (id),
    outcome        TEXT NOT NULL,
    comment        TEXT,
    given_at       TEXT NOT NULL,
    PRIMARY KEY (request_id, participant_id)
);
