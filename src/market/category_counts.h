// How many listings each category has (M-5), without counting rows per
// request: companies and products come from category_counts, which
// index_listing/unindex_listing keep; active offers, which leave the
// listings when they expire, are counted per category with an indexed
// range scan capped at kOfferCountCap ("100+").
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "core/result.h"
#include "db/database.h"

namespace hanse::market {

// The scan steps through up to kOfferCountCap + 1 index entries on every
// category page (about 85 ns each), so the cap is what the count costs: at
// 1,000 it was the largest part of the page. Exact counts beyond it would
// need counts kept per category and expiry day by listing_index.
inline constexpr std::int64_t kOfferCountCap = 100;

struct CategoryCount {
  std::int64_t companies = 0;
  std::int64_t products = 0;
};

// Every category (industries and sub-categories) with listings.
// Errors: database errors.
Result<std::map<std::string, CategoryCount>> category_counts(db::Connection& conn);

// An industry's counts and those of its sub-categories (the rows an
// industry page shows), read as one index range. Errors: database errors.
Result<std::map<std::string, CategoryCount>> category_counts_under(db::Connection& conn,
                                                                   const std::string& industry_id);

// The counts of one category. Errors: database errors.
Result<CategoryCount> category_count(db::Connection& conn, const std::string& category_id);

// The counts of just the categories `ids` (the home page's industries: an
// index lookup each instead of reading every count). Errors: database errors.
Result<std::map<std::string, CategoryCount>> category_counts_of(db::Connection& conn,
                                                                const std::vector<std::string>& ids);

// Offers in the category that have not expired by `now` and are not
// withdrawn, at most kOfferCountCap + 1 (more than the cap: show "100+").
// Errors: database errors.
Result<std::int64_t> active_offer_count(db::Connection& conn, const std::string& category_id, std::int64_t now);

}  // namespace hanse::market
