-- S-1, P-2: every staff read of a member's personal data through the guard:
-- who, whose data, which fields, for what purpose and why, and when. The
-- member sees these on their account page.
CREATE TABLE staff_access_log (
  id INTEGER PRIMARY KEY,
  staff_id BIGINT NOT NULL,
  member_id BIGINT NOT NULL,
  fields TEXT NOT NULL,
  purpose TEXT NOT NULL,
  reason TEXT NOT NULL,
  at BIGINT NOT NULL
);
CREATE INDEX staff_access_log_member ON staff_access_log(member_id, at);
