// The search index and the category counts (M-5, M-6), kept up to date by
// the stores: every change to a company, product or offer calls one of
// these in the same transaction as the change, so search and category
// pages never show a deleted listing or stale text (issue 4).
//
// SQLite: an FTS5 table ranked by bm25; PostgreSQL: a stored tsvector with
// a GIN index ranked by ts_rank (market/search.h). The country of a listing
// is its company's, copied into the index: indexing a company re-tags its
// products and offers when the country changed, so the stores need only
// index the company.
#pragma once

#include <cstdint>

#include "core/result.h"
#include "db/database.h"

namespace hanse::market {

enum class ListingKind { company, product, offer };

const char* to_string(ListingKind kind);  // "company", "product", "offer"

// The search_documents id of a listing: id * 4 + 0, 1 or 2 by kind.
std::int64_t search_document_id(ListingKind kind, std::int64_t id);

// Adds the listing as it is stored (its row in companies, products or
// offers, with its company's country and categories; the document is
// defined in market/search_document.h), replacing what was indexed for it,
// and adjusts the category counts. Indexing a company whose country changed
// re-indexes its products and offers too. Call it after the listing's rows
// are written, in the same transaction. Errors: not_found when there is no
// such listing (nothing is indexed then); database errors.
Status index_listing(db::Connection& conn, ListingKind kind, std::int64_t id);

// Removes the listing from the index and the counts (a no-op when it is not
// indexed). Errors: database errors.
Status unindex_listing(db::Connection& conn, ListingKind kind, std::int64_t id);

// Removes a company, its products and its offers from the index and the
// counts (before the company is deleted). Errors: database errors.
Status unindex_company(db::Connection& conn, std::int64_t company_id);

// Rebuilds the whole index and all counts from the companies, products and
// offers tables with set-based SQL (after a bulk load such as `hanse demo`):
// the same documents as index_listing gives each listing.
// Errors: database errors.
Status rebuild_listing_index(db::Connection& conn);

}  // namespace hanse::market
