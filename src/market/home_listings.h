// What the home page lists (issue 12): the newest active buy and sell
// offers and the products changed most recently, across all companies,
// each a few. Read by the newest-first indexes (offers by id, products by
// updated_at), so the page costs the same at a million companies as at ten.
#pragma once

#include <cstdint>
#include <vector>

#include "core/result.h"
#include "db/database.h"
#include "market/search_category_listings.h"

namespace hanse::market {

// The newest offers of `kind` ("buy" or "sell") that are neither withdrawn
// nor expired at `now`, newest first, at most `limit`. Errors: database errors.
Result<std::vector<CategoryListing>> newest_offers(db::Connection& conn, const std::string& kind,
                                                   std::int64_t now, int limit);

// The products changed most recently, at most `limit`. Errors: database errors.
Result<std::vector<CategoryListing>> recently_updated_products(db::Connection& conn, int limit);

}  // namespace hanse::market
