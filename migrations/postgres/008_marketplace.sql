-- Marketplace (M-1..M-4, M-7, P-12): companies and their members, uploads,
-- products, trade offers and inquiries. Timestamps are Unix seconds, money
-- in cents of the row's currency. Category ids are market/categories.toml
-- ids ("industry/slug"). Search documents and category counts come in 011.

-- A member's public profile (P-12): what they choose to show with their
-- company. Empty means not shown.
ALTER TABLE members ADD COLUMN public_name TEXT NOT NULL DEFAULT '';
ALTER TABLE members ADD COLUMN public_title TEXT NOT NULL DEFAULT '';

-- Logos and product photos, recognised by content (market/image_type.h).
-- Immutable; served only with their sniffed image type.
CREATE TABLE uploads (
  id BIGSERIAL PRIMARY KEY,
  member_id BIGINT REFERENCES members(id) ON DELETE SET NULL,  -- who uploaded it
  content_type TEXT NOT NULL,          -- image/jpeg, image/png or image/webp
  size BIGINT NOT NULL,
  data TEXT NOT NULL,                  -- base64 of the bytes
  created_at BIGINT NOT NULL
);

CREATE TABLE companies (
  id BIGSERIAL PRIMARY KEY,
  slug TEXT NOT NULL,                  -- readable URL part: /company/ID-SLUG
  name TEXT NOT NULL,
  address TEXT NOT NULL DEFAULT '',
  country TEXT NOT NULL,               -- ISO 3166-1 alpha-2
  year_founded BIGINT,
  description TEXT NOT NULL DEFAULT '',
  website TEXT NOT NULL DEFAULT '',
  logo_upload_id BIGINT REFERENCES uploads(id) ON DELETE SET NULL,
  policy_version BIGINT NOT NULL DEFAULT 1,  -- P-19 pinning, as for members
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);
CREATE INDEX companies_country ON companies(country, id);

CREATE TABLE company_industries (
  company_id BIGINT NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
  category_id TEXT NOT NULL,
  PRIMARY KEY (company_id, category_id)
);
CREATE INDEX company_industries_category ON company_industries(category_id, company_id);

-- M-2: a person belongs to one company.
CREATE TABLE company_members (
  member_id BIGINT PRIMARY KEY REFERENCES members(id) ON DELETE CASCADE,
  company_id BIGINT NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
  role TEXT NOT NULL CHECK (role IN ('owner', 'member')),
  joined_at BIGINT NOT NULL
);
CREATE INDEX company_members_company ON company_members(company_id);

CREATE TABLE company_invites (
  id BIGSERIAL PRIMARY KEY,
  company_id BIGINT NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
  email TEXT NOT NULL,                 -- normalised
  token_hash TEXT NOT NULL UNIQUE,     -- SHA-256 of the single-use token, hex
  invited_by BIGINT REFERENCES members(id) ON DELETE SET NULL,
  created_at BIGINT NOT NULL,
  expires_at BIGINT NOT NULL,
  used_at BIGINT,
  used_by BIGINT REFERENCES members(id) ON DELETE SET NULL
);
CREATE INDEX company_invites_company ON company_invites(company_id);

CREATE TABLE products (
  id BIGSERIAL PRIMARY KEY,
  company_id BIGINT NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
  category_id TEXT NOT NULL,
  title TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  specifications TEXT NOT NULL DEFAULT '[]',  -- JSON [["name", "value"], ...]
  min_order_quantity BIGINT,
  min_order_unit TEXT NOT NULL DEFAULT '',
  price_min_cents BIGINT,
  price_max_cents BIGINT,
  currency TEXT NOT NULL DEFAULT 'EUR',
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);
CREATE INDEX products_company ON products(company_id, id);
CREATE INDEX products_category ON products(category_id, id);

CREATE TABLE product_photos (
  product_id BIGINT NOT NULL REFERENCES products(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,           -- 0..5
  upload_id BIGINT NOT NULL REFERENCES uploads(id) ON DELETE CASCADE,
  PRIMARY KEY (product_id, position)
);

CREATE TABLE offers (
  id BIGSERIAL PRIMARY KEY,
  company_id BIGINT NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
  member_id BIGINT REFERENCES members(id) ON DELETE SET NULL,  -- who posted it
  kind TEXT NOT NULL CHECK (kind IN ('buy', 'sell')),
  category_id TEXT NOT NULL,
  title TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  quantity BIGINT,
  unit TEXT NOT NULL DEFAULT '',
  target_price_cents BIGINT,
  currency TEXT NOT NULL DEFAULT 'EUR',
  created_at BIGINT NOT NULL,
  renewed_at BIGINT,
  expires_at BIGINT NOT NULL,
  withdrawn_at BIGINT
);
CREATE INDEX offers_company ON offers(company_id, id);
CREATE INDEX offers_category ON offers(category_id, expires_at);

-- M-7: private to the buyer (and the buyer's company, if any) and the
-- supplier's company.
CREATE TABLE inquiries (
  id BIGSERIAL PRIMARY KEY,
  supplier_company_id BIGINT NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
  buyer_member_id BIGINT REFERENCES members(id) ON DELETE SET NULL,
  buyer_company_id BIGINT REFERENCES companies(id) ON DELETE SET NULL,
  product_id BIGINT REFERENCES products(id) ON DELETE SET NULL,
  offer_id BIGINT REFERENCES offers(id) ON DELETE SET NULL,
  subject TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  last_message_at BIGINT NOT NULL
);
CREATE INDEX inquiries_supplier ON inquiries(supplier_company_id, last_message_at);
CREATE INDEX inquiries_buyer_member ON inquiries(buyer_member_id, last_message_at);
CREATE INDEX inquiries_buyer_company ON inquiries(buyer_company_id, last_message_at);

CREATE TABLE inquiry_messages (
  id BIGSERIAL PRIMARY KEY,
  inquiry_id BIGINT NOT NULL REFERENCES inquiries(id) ON DELETE CASCADE,
  member_id BIGINT REFERENCES members(id) ON DELETE SET NULL,  -- the author
  from_supplier INTEGER NOT NULL,      -- 1 when written on the supplier's side
  body TEXT NOT NULL,
  created_at BIGINT NOT NULL
);
CREATE INDEX inquiry_messages_inquiry ON inquiry_messages(inquiry_id, id);
