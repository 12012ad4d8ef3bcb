-- Search filters as terms of the text index (M-6, issue 15), as on SQLite:
-- the filter tokens of search_documents.tags (kind, offer kind, country,
-- categories; market/search_tags.h) join the stored tsvector with weight D,
-- below the title's A and the body's B. A filtered search is then one GIN
-- lookup of the words and the filter terms together, instead of visiting
-- every listing that holds the words to test the filters on its row (100 ms
-- and more for "pallet" in a small category at 100,000 companies). Search
-- words are matched in weights A and B only (market/search_query.h), so a
-- word never meets a filter token.
ALTER TABLE search_documents DROP COLUMN search_vector;
ALTER TABLE search_documents ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('simple'::regconfig, title), 'A') ||
  setweight(to_tsvector('simple'::regconfig, body), 'B') ||
  setweight(to_tsvector('simple'::regconfig, tags), 'D')) STORED;
CREATE INDEX search_documents_vector ON search_documents USING GIN (search_vector);
