// How many listings each category has (M-5), without counting rows per
// request: companies and products come from category_counts, which
// index_listing/unindex_listing keep; active offers, which leave the
// listings when they expire, are counted per category with an indexed
// range scan capped at kOfferCountCap ("1,000+").
#pragma once

#include <cstdint>
#include <map>
#include <string>

#include "core/result.h"
#include "db/database.h"

namespace hanse::market {

inline constexpr std::int64_t kOfferCountCap = 1000;

struct CategoryCount {
  std::int64_t companies = 0;
  std::int64_t products = 0;
};

// Every category (industries and sub-categories) with listings.
// Errors: database errors.
Result<std::map<std::string, CategoryCount>> category_counts(db::Connection& conn);

// The counts of one category. Errors: database errors.
Result<CategoryCount> category_count(db::Connection& conn, const std::string& category_id);

// Offers in the category that have not expired by `now` and are not
// withdrawn, at most kOfferCountCap + 1 (more than the cap: show "1,000+").
// Errors: database errors.
Result<std::int64_t> active_offer_count(db::Connection& conn, const std::string& category_id, std::int64_t now);

}  // namespace hanse::market
