-- Delivery of the outbox by several servers at once: a sender claims a message until
-- `next_attempt_at` before handing it to the SMTP server, so no two send it, and a refused
-- message waits longer after each failure instead of using up its attempts in a minute.

ALTER TABLE outbox ADD COLUMN next_attempt_at TEXT;
