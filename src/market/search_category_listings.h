// The listings of one category page (M-5): companies, products or active
// offers under an industry or sub-category, newest first, 20 a page. Read
// from the search index's search_categories (one index range per page), so
// expired and withdrawn offers are left out as in search.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/result.h"
#include "db/database.h"
#include "market/listing_index.h"

namespace hanse::market {

inline constexpr int kCategoryPageSize = 20;

struct CategoryListing {
  ListingKind kind = ListingKind::product;
  std::int64_t id = 0;
  std::string title;
  std::string offer_kind;
  std::optional<std::int64_t> expires_at;
  std::int64_t company_id = 0;
  std::string company_name;
  std::string company_slug;
  std::string country;
  int policy_version = 1;  // the company's
};

struct CategoryListingPage {
  std::vector<CategoryListing> items;
  int page = 1;
  bool has_next = false;
};

// A listing of `kind` from a row of (id, title, offer kind, expires_at,
// company id, company name, company slug, country, company policy version):
// what category_listings selects, and the home page's lists too
// (market/home_listings.h).
CategoryListing category_listing_of_row(ListingKind kind, const db::Row& row);

// Errors: database errors.
Result<CategoryListingPage> category_listings(db::Connection& conn, const std::string& category_id,
                                              ListingKind kind, int page, std::int64_t now);

}  // namespace hanse::market
