-- P-15 erasure. (1) The buyer keeps their copy of an inquiry when the
-- supplier's company is deleted (its last member erased): the supplier
-- reference becomes NULL instead of deleting the thread. SQLite cannot
-- change a foreign key in place, so inquiries and inquiry_messages are
-- rebuilt; the messages move first so that dropping the old inquiries
-- cascades to nothing. Column order is unchanged.
CREATE TABLE inquiries_v10 (
  id INTEGER PRIMARY KEY,
  supplier_company_id BIGINT REFERENCES companies(id) ON DELETE SET NULL,
  buyer_member_id BIGINT REFERENCES members(id) ON DELETE SET NULL,
  buyer_company_id BIGINT REFERENCES companies(id) ON DELETE SET NULL,
  product_id BIGINT REFERENCES products(id) ON DELETE SET NULL,
  offer_id BIGINT REFERENCES offers(id) ON DELETE SET NULL,
  subject TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  last_message_at BIGINT NOT NULL
);
INSERT INTO inquiries_v10 SELECT id, supplier_company_id, buyer_member_id, buyer_company_id,
  product_id, offer_id, subject, created_at, last_message_at FROM inquiries;
CREATE TABLE inquiry_messages_v10 (
  id INTEGER PRIMARY KEY,
  inquiry_id BIGINT NOT NULL REFERENCES inquiries_v10(id) ON DELETE CASCADE,
  member_id BIGINT REFERENCES members(id) ON DELETE SET NULL,  -- the author
  from_supplier INTEGER NOT NULL,      -- 1 when written on the supplier's side
  body TEXT NOT NULL,
  created_at BIGINT NOT NULL
);
INSERT INTO inquiry_messages_v10 SELECT id, inquiry_id, member_id, from_supplier, body, created_at
  FROM inquiry_messages;
DROP TABLE inquiry_messages;
DROP TABLE inquiries;
-- Renaming updates inquiry_messages_v10's reference to "inquiries".
ALTER TABLE inquiries_v10 RENAME TO inquiries;
ALTER TABLE inquiry_messages_v10 RENAME TO inquiry_messages;
CREATE INDEX inquiries_supplier ON inquiries(supplier_company_id, last_message_at);
CREATE INDEX inquiries_buyer_member ON inquiries(buyer_member_id, last_message_at);
CREATE INDEX inquiries_buyer_company ON inquiries(buyer_company_id, last_message_at);
CREATE INDEX inquiry_messages_inquiry ON inquiry_messages(inquiry_id, id);

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
