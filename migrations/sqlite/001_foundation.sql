-- Foundation: members, sessions, sign-in throttling, password resets,
-- mail outbox, staff. Timestamps are Unix seconds.

CREATE TABLE members (
  id INTEGER PRIMARY KEY,
  email TEXT NOT NULL UNIQUE,          -- normalised (lower-case, trimmed)
  name TEXT NOT NULL,
  phone TEXT NOT NULL,                 -- normalised: +<digits>
  address TEXT NOT NULL,
  country TEXT NOT NULL,               -- ISO 3166-1 alpha-2
  company_name TEXT NOT NULL,
  company_address TEXT NOT NULL,
  password_hash TEXT NOT NULL,         -- Argon2id encoded string
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);

CREATE TABLE sessions (
  id INTEGER PRIMARY KEY,
  token_hash TEXT NOT NULL UNIQUE,     -- SHA-256 of the cookie token, hex
  member_id BIGINT REFERENCES members(id) ON DELETE CASCADE,
  staff_id BIGINT,                     -- set for staff sessions instead of member_id
  persistent INTEGER NOT NULL DEFAULT 0,
  user_agent TEXT NOT NULL DEFAULT '',
  created_at BIGINT NOT NULL,
  last_seen_at BIGINT NOT NULL,
  expires_at BIGINT NOT NULL
);
CREATE INDEX sessions_member ON sessions(member_id);
CREATE INDEX sessions_staff ON sessions(staff_id);

-- Failed sign-in attempts per key ("ip:1.2.3.4" or "account:email").
CREATE TABLE signin_throttle (
  throttle_key TEXT PRIMARY KEY,
  failures INTEGER NOT NULL,
  first_failure_at BIGINT NOT NULL,
  blocked_until BIGINT NOT NULL
);

CREATE TABLE password_resets (
  id INTEGER PRIMARY KEY,
  token_hash TEXT NOT NULL UNIQUE,
  member_id BIGINT NOT NULL REFERENCES members(id) ON DELETE CASCADE,
  created_at BIGINT NOT NULL,
  expires_at BIGINT NOT NULL,
  used_at BIGINT
);

CREATE TABLE mail_outbox (
  id INTEGER PRIMARY KEY,
  recipient TEXT NOT NULL,
  subject TEXT NOT NULL,
  body TEXT NOT NULL,
  kind TEXT NOT NULL,                  -- 'administrative' or 'marketing'
  status TEXT NOT NULL DEFAULT 'pending',  -- pending | sent | failed
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_at BIGINT NOT NULL,
  last_error TEXT NOT NULL DEFAULT '',
  created_at BIGINT NOT NULL,
  sent_at BIGINT
);
CREATE INDEX mail_outbox_due ON mail_outbox(status, next_attempt_at);

CREATE TABLE staff (
  id INTEGER PRIMARY KEY,
  email TEXT NOT NULL UNIQUE,
  role TEXT NOT NULL CHECK (role IN ('admin', 'support', 'compliance')),
  password_hash TEXT NOT NULL,
  created_at BIGINT NOT NULL
);
