-- Single-use links with which a new staff member sets their own password:
-- no command or page ever shows or asks for a staff password (P-4, S-1).
CREATE TABLE staff_password_tokens (
  id INTEGER PRIMARY KEY,
  token_hash TEXT NOT NULL UNIQUE,
  staff_id BIGINT NOT NULL REFERENCES staff(id) ON DELETE CASCADE,
  created_at BIGINT NOT NULL,
  expires_at BIGINT NOT NULL,
  used_at BIGINT
);
