-- P-7: the consent ledger. Append-only: a change of mind is a new row, and
-- a person's current choices are derived from it (latest row per kind and
-- what wins; see src/privacy/consent_ledger.h). No code updates or deletes
-- a row. member_id carries no foreign key so that the record of consent
-- can outlive the member row (P-15 decides what stays).
CREATE TABLE consent_ledger (
  id BIGSERIAL PRIMARY KEY,
  member_id BIGINT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('policy_version', 'marketing', 'cookies', 'recipient', 'clause')),
  what TEXT NOT NULL,                   -- a version number, "email", a cookie category,
                                        -- a recipient, a policy clause id
  value TEXT NOT NULL,                  -- 'accepted' | 'granted' | 'denied'
  given_at BIGINT NOT NULL,
  source TEXT NOT NULL                  -- the page or partner where it was given ("/register")
);
CREATE INDEX consent_ledger_member ON consent_ledger(member_id, kind, what, given_at);
