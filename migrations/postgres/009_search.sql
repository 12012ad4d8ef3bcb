-- Search (M-6) and the category directory's counts (M-5), kept by
-- market/listing_index.cpp in the same transaction as every change to a
-- company, product or offer.

-- One row per listed company, product or offer. id = ref_id * 4 + kind code
-- (company 0, product 1, offer 2). search_vector is the stored tsvector
-- (title weight A, body B) searched through a GIN index and ranked by
-- ts_rank. tags holds the filter tokens the SQLite FTS index uses; here
-- filters are columns and search_categories.
CREATE TABLE search_documents (
  id BIGINT PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('company', 'product', 'offer')),
  ref_id BIGINT NOT NULL,
  company_id BIGINT NOT NULL,
  country TEXT NOT NULL DEFAULT '',
  title TEXT NOT NULL,
  body TEXT NOT NULL DEFAULT '',
  tags TEXT NOT NULL DEFAULT '',
  offer_kind TEXT NOT NULL DEFAULT '',
  expires_at BIGINT,
  withdrawn INTEGER NOT NULL DEFAULT 0,
  search_vector tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('simple'::regconfig, title), 'A') ||
    setweight(to_tsvector('simple'::regconfig, body), 'B')) STORED
);
CREATE INDEX search_documents_company ON search_documents(company_id);
CREATE INDEX search_documents_vector ON search_documents USING GIN (search_vector);

CREATE TABLE search_categories (
  category_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  doc_id BIGINT NOT NULL,
  expires_at BIGINT,
  PRIMARY KEY (category_id, kind, doc_id)
);
CREATE INDEX search_categories_doc ON search_categories(doc_id);

CREATE TABLE category_counts (
  category_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  count BIGINT NOT NULL,
  PRIMARY KEY (category_id, kind)
);
