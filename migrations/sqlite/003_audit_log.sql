-- S-2: append-only audit log, each entry chained to the previous one by
-- hash (see src/audit/audit_log.h). Ids are assigned by the writer (last id
-- + 1) so that a removed entry leaves a visible gap. details is JSON text
-- holding ids and codes only, never personal values or passwords.
CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY,
  at BIGINT NOT NULL,
  actor_kind TEXT NOT NULL CHECK (actor_kind IN ('member', 'staff', 'system')),
  actor_id BIGINT,                      -- NULL for the system
  action TEXT NOT NULL,                 -- "member.sign_in", "staff.role_set", ...
  subject TEXT NOT NULL,                -- "member:12", "staff:3", ""
  details TEXT NOT NULL,
  prev_hash TEXT NOT NULL,              -- 64 zeros for the first entry
  hash TEXT NOT NULL                    -- SHA-256 hex of the canonical entry
);

-- The application never changes or removes an entry; the database refuses
-- it too (someone with direct access can still drop these triggers, which
-- `hanse audit verify` then detects through the chain).
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
END;
