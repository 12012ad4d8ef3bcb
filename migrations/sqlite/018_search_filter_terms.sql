-- Search filters as terms of the text index (issue 15): SQLite's FTS5
-- index has held them in its tags column since 009_search.sql; this
-- version brings PostgreSQL level (postgres/018_search_filter_terms.sql)
-- and changes nothing here.
SELECT 1;
