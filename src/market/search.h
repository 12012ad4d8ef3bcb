// Search over companies, products and offers (M-6): the words of what a
// person typed (market/search_query.h), filters, relevance order and
// highlighted matches, 20 results per page.
//
// How it stays fast on millions of listings: the full-text index yields at
// most kSearchCandidates matching listings (the newest first; filters are
// index terms on both backends, so they narrow the match set rather than
// being checked row by row), and those are ranked. The last word is a
// prefix only when the words taken whole match less than a page of
// listings, filters aside (a prefix query reads every posting of every word
// with that prefix; search.cpp). When more match, the total is shown as
// "300+" and the newest 300 are ranked (reading and ranking more candidates
// costs about 10 ms per 1,000 on this machine). Both backends rank alike:
// bm25's term-frequency and length terms computed here over the candidates'
// text, title weighted 10:1 (FTS5's own bm25() first counts every document
// containing each word, which takes 100+ ms for a common word at a million
// listings, and PostgreSQL's ts_rank reads every match's tsvector). Ties go
// to the lower id. Expired and withdrawn offers are never found.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/result.h"
#include "db/database.h"
#include "market/highlight.h"
#include "market/listing_index.h"

namespace hanse::market {

inline constexpr int kSearchPageSize = 20;
inline constexpr int kSearchCandidates = 300;

struct SearchRequest {
  std::string text;      // as typed; anything at all
  std::string category;  // an industry or sub-category id, or "" (the caller checks it exists)
  std::string country;   // ISO code of the listing's company, or ""
  std::string kind;      // "", "company", "product", "offer", "buy" or "sell"
  int page = 1;          // from 1
  std::int64_t now = 0;  // offers expiring at or before this are not found
};

struct SearchHit {
  ListingKind kind = ListingKind::product;
  std::int64_t id = 0;  // companies.id, products.id or offers.id
  std::string title;
  std::vector<TextSegment> title_segments;
  std::vector<TextSegment> snippet_segments;  // from the body
  std::string offer_kind;                     // offers: buy or sell
  std::int64_t company_id = 0;
  std::string company_name;
  std::string company_slug;
  std::string country;
  int policy_version = 1;  // the company's, for the public-field check
};

struct SearchResults {
  std::vector<std::string> words;  // what was searched for; empty: nothing to search
  std::vector<SearchHit> hits;     // this page, best first
  std::int64_t total = 0;          // matches, at most kSearchCandidates
  bool more = false;               // more than total match
  int page = 1;
  bool has_next = false;
};

// Never fails on what was typed; errors: database errors only.
Result<SearchResults> search(db::Connection& conn, const SearchRequest& request);

}  // namespace hanse::market
