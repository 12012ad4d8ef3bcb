-- P-15 erasure. (1) The buyer keeps their copy of an inquiry when the
-- supplier's company is deleted (its last member erased): the supplier
-- reference becomes NULL instead of deleting the thread.
ALTER TABLE inquiries ALTER COLUMN supplier_company_id DROP NOT NULL;
ALTER TABLE inquiries DROP CONSTRAINT inquiries_supplier_company_id_fkey;
ALTER TABLE inquiries ADD CONSTRAINT inquiries_supplier_company_id_fkey
  FOREIGN KEY (supplier_company_id) REFERENCES companies(id) ON DELETE SET NULL;

-- (2) Erased accounts and their kept data (rules with Erasure::keep and
-- a retention in days, privacy/data_map.cpp), which the retention job
-- removes when its time comes. No personal data: the id of an account that
-- no longer exists and dates. Rows stay once purged, so that an erased id
-- is never given to a new member (accounts/member_ids.h).
CREATE TABLE erasures (
  member_id BIGINT PRIMARY KEY,
  erased_at BIGINT NOT NULL,
  kept_until BIGINT NOT NULL,          -- when the last kept datum goes
  purged_at BIGINT                     -- when the job removed it; NULL until then
);
CREATE INDEX erasures_due ON erasures(purged_at, kept_until);
