-- Search (M-6) and the category directory's counts (M-5), kept by
-- market/listing_index.cpp in the same transaction as every change to a
-- company, product or offer.

-- One row per listed company, product or offer. id = ref_id * 4 + kind code
-- (company 0, product 1, offer 2), so that the FTS rowid is known without a
-- lookup. tags holds filter tokens (kind, offer kind, country, categories)
-- that are matched in the FTS index, so filters narrow the match set
-- instead of being checked row by row.
CREATE TABLE search_documents (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('company', 'product', 'offer')),
  ref_id BIGINT NOT NULL,              -- companies.id, products.id or offers.id
  company_id BIGINT NOT NULL,          -- the listing's company
  country TEXT NOT NULL DEFAULT '',    -- the company's country, copied
  title TEXT NOT NULL,
  body TEXT NOT NULL DEFAULT '',
  tags TEXT NOT NULL DEFAULT '',
  offer_kind TEXT NOT NULL DEFAULT '', -- buy or sell for offers
  expires_at BIGINT,                   -- offers: not listed from then on
  withdrawn INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX search_documents_company ON search_documents(company_id);

-- The text index over search_documents (external content: the text is kept
-- once, in search_documents; listing_index.cpp adds and deletes index
-- entries next to each row change). Ranked by bm25 with the title weighted
-- 10:1; tags never count for relevance.
CREATE VIRTUAL TABLE search_fts USING fts5(
  title, body, tags,
  content = 'search_documents', content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO search_fts(search_fts, rank) VALUES ('rank', 'bm25(10.0, 1.0, 0.0)');

-- Which listings are under which category: a row for the category itself
-- and one for its industry, so that industry and sub-category pages are
-- one index range each.
CREATE TABLE search_categories (
  category_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  doc_id BIGINT NOT NULL,              -- search_documents.id
  expires_at BIGINT,                   -- offers: copied for the listing filter
  PRIMARY KEY (category_id, kind, doc_id)
) WITHOUT ROWID;  -- the listing and offer-count ranges read this key only
CREATE INDEX search_categories_doc ON search_categories(doc_id);

-- Companies and products per category (sub-category and industry), so that
-- directory pages never count rows. Offers are counted per page with a
-- capped indexed query, since they expire.
CREATE TABLE category_counts (
  category_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  count BIGINT NOT NULL,
  PRIMARY KEY (category_id, kind)
);
