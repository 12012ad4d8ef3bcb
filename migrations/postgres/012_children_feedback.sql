-- Children's removal requests and the promotion suppression list (P-18),
-- feedback and its replies (P-20). Timestamps are Unix seconds.

-- A parent's or guardian's request about a child's data. The guardian
-- confirms it by an e-mailed single-use link (token stored hashed); support
-- staff carry it out. The child's address is cleared once the request is
-- carried out: what stays is the keyed hash on the suppression list.
CREATE TABLE child_requests (
  id BIGSERIAL PRIMARY KEY,
  guardian_name TEXT NOT NULL,
  guardian_email TEXT NOT NULL,
  child_email TEXT,                    -- NULL once carried out
  wants_removal INTEGER NOT NULL,      -- 0 or 1
  wants_opt_out INTEGER NOT NULL,      -- 0 or 1
  token_hash TEXT NOT NULL UNIQUE,
  status TEXT NOT NULL DEFAULT 'unconfirmed',  -- unconfirmed | confirmed | done
  created_at BIGINT NOT NULL,
  expires_at BIGINT NOT NULL,          -- of the confirmation link
  confirmed_at BIGINT,
  done_at BIGINT,
  done_by BIGINT                       -- staff id
);
CREATE INDEX child_requests_status ON child_requests(status, created_at);

-- Addresses no promotion may reach: a keyed BLAKE2b hash of the normalised
-- address (privacy/suppression.h), never the address.
CREATE TABLE promotion_suppressions (
  address_hash TEXT PRIMARY KEY,
  created_at BIGINT NOT NULL
);

-- Set when the member's address is on the suppression list (at registration
-- or when staff carry out a request): the guard refuses every promotional
-- purpose for them.
ALTER TABLE members ADD COLUMN promotions_suppressed_at BIGINT;

CREATE TABLE feedback (
  id BIGSERIAL PRIMARY KEY,
  member_id BIGINT,                    -- the signed-in sender, if any
  topic TEXT NOT NULL,                 -- policy | services | other
  message TEXT NOT NULL,
  reply_email TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  last_reply_at BIGINT
);
CREATE INDEX feedback_created ON feedback(created_at);

CREATE TABLE feedback_replies (
  id BIGSERIAL PRIMARY KEY,
  feedback_id BIGINT NOT NULL REFERENCES feedback(id) ON DELETE CASCADE,
  staff_id BIGINT NOT NULL,
  body TEXT NOT NULL,
  created_at BIGINT NOT NULL
);
CREATE INDEX feedback_replies_feedback ON feedback_replies(feedback_id);
