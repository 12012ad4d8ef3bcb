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
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/result.h"
#include "db/database.h"

namespace hanse::market {

enum class ListingKind { company, product, offer };

const char* to_string(ListingKind kind);  // "company", "product", "offer"

// The search_documents id of a listing: id * 4 + 0, 1 or 2 by kind.
std::int64_t search_document_id(ListingKind kind, std::int64_t id);

struct ListingDocument {
  ListingKind kind = ListingKind::product;
  std::int64_t id = 0;          // companies.id, products.id or offers.id
  std::int64_t company_id = 0;  // the listing's company (itself for a company)
  std::string title;            // company name, product or offer title
  std::string body;             // the other searchable public text
  // The categories it is listed under: a company's industries, the one
  // category of a product or offer.
  std::vector<std::string> categories;
  std::string offer_kind;                 // "buy" or "sell" for offers, else ""
  std::optional<std::int64_t> expires_at;  // offers: leaves search and counts after this
  bool withdrawn = false;                  // offers: withdrawn ones are not listed
};

// The searchable text of a product besides its title: the description,
// then each specification as "name value" and the minimum order unit (when
// set), each on a line of its own. rebuild_listing_index makes the same text
// in SQL from the stored specifications JSON.
std::string product_search_body(std::string_view description,
                                const std::vector<std::pair<std::string, std::string>>& specifications,
                                std::string_view min_order_unit);

// Adds the listing, or replaces what was indexed for it, and adjusts the
// category counts. Errors: database errors.
Status index_listing(db::Connection& conn, const ListingDocument& document);

// Removes the listing from the index and the counts (a no-op when it is not
// indexed). Errors: database errors.
Status unindex_listing(db::Connection& conn, ListingKind kind, std::int64_t id);

// Removes a company, its products and its offers from the index and the
// counts (before the company is deleted). Errors: database errors.
Status unindex_company(db::Connection& conn, std::int64_t company_id);

// Rebuilds the whole index and all counts from the companies, products and
// offers tables with set-based SQL (after a bulk load such as `hanse demo`).
// Errors: database errors.
Status rebuild_listing_index(db::Connection& conn);

}  // namespace hanse::market
