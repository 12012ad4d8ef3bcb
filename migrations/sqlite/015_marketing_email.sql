-- Marketing e-mail (SPEC P-11, issue 14): campaigns written by staff, the
-- one-click unsubscribe tokens of the mail they sent (RFC 8058), and the
-- List-Unsubscribe address an outbox row carries until it is sent. A
-- member's choices themselves are rows of consent_ledger (kind marketing).

-- The link a marketing mail's List-Unsubscribe header names; blanked with
-- the body once the row is sent or fails for good ('' for other mail).
ALTER TABLE mail_outbox ADD COLUMN list_unsubscribe TEXT NOT NULL DEFAULT '';

-- A campaign: written (draft), then sent once (sent_at set in the same
-- transaction that queues its mail). recipients: how many it went to; no
-- per-recipient record beyond the outbox and the unsubscribe tokens.
CREATE TABLE marketing_campaigns (
  id INTEGER PRIMARY KEY,
  topic TEXT NOT NULL,                 -- new_services | promotions | newsletter
  subject TEXT NOT NULL,
  body TEXT NOT NULL,
  created_by BIGINT NOT NULL,          -- staff id
  created_at BIGINT NOT NULL,
  sent_at BIGINT,
  recipients BIGINT NOT NULL DEFAULT 0
);

-- One opaque token per marketing mail, stored as its SHA-256 hash: the
-- link unsubscribes its member from its topic without signing in.
CREATE TABLE marketing_unsubscribe_tokens (
  id INTEGER PRIMARY KEY,
  token_hash TEXT NOT NULL UNIQUE,
  member_id BIGINT NOT NULL REFERENCES members(id) ON DELETE CASCADE,
  topic TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  used_at BIGINT
);
CREATE INDEX marketing_unsubscribe_tokens_member ON marketing_unsubscribe_tokens(member_id);
