-- S-1: staff views of a member's data that were refused (no purpose, or a
-- purpose the policy does not allow for the data): who tried, whose data,
-- which fields, the purpose given and why it was refused. Allowed views are
-- in staff_access_log (written by the guard).
CREATE TABLE staff_refusals (
  id INTEGER PRIMARY KEY,
  staff_id BIGINT NOT NULL,
  member_id BIGINT NOT NULL,
  fields TEXT NOT NULL,
  purpose TEXT NOT NULL,
  refusal TEXT NOT NULL,
  at BIGINT NOT NULL
);
CREATE INDEX staff_refusals_member ON staff_refusals(member_id, at);

-- P-13: every disclosure of a member's data: which data, to whom, on what
-- basis, by whom and when, whether notice to the member is withheld (and
-- why), and when the withholding was lifted. contents lists the fields and
-- row counts of the package; package_sha256 is the digest of the package
-- as produced when the disclosure was recorded.
CREATE TABLE disclosures (
  id INTEGER PRIMARY KEY,
  member_id BIGINT NOT NULL,
  staff_id BIGINT NOT NULL,
  categories TEXT NOT NULL,
  recipient TEXT NOT NULL,
  basis TEXT NOT NULL CHECK (basis IN ('dispute', 'investigation', 'terms-enforcement',
    'infringement', 'subpoena', 'court-order', 'law', 'regulator')),
  notice_withheld INTEGER NOT NULL,
  withheld_reason TEXT NOT NULL,
  reference TEXT NOT NULL,
  contents TEXT NOT NULL,
  package_sha256 TEXT NOT NULL,
  disclosed_at BIGINT NOT NULL,
  lifted_at BIGINT,
  lifted_by BIGINT
);
CREATE INDEX disclosures_member ON disclosures(member_id, disclosed_at);
