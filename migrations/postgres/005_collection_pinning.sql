-- P-19, issue 3 "pinning": every member record names the policy version it
-- was collected under and the page or partner it was collected on.
ALTER TABLE members ADD COLUMN policy_version BIGINT NOT NULL DEFAULT 1;
ALTER TABLE members ADD COLUMN collected_on TEXT NOT NULL DEFAULT '/register';
