// Featured listings (SPEC P-11): the reward of a promotion whose goal a
// member reached. While it lasts, the listings of the member's company come
// first on the category pages they belong to, marked "Featured".
//
// The reward is granted when the goal is reached (promotions::standings,
// called after every change that can advance a goal: joining, posting an
// offer, editing the company) and ends when its days are over, when the
// member leaves the promotion, or, without any further step, as soon as the
// privacy guard no longer allows the member promotions (they turned
// targeted promotions off, or a guardian put the address on the children's
// suppression list): every reading asks the guard for each member whose
// reward it would show.
//
// No HTTP here: web/category_page.cpp shows them.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/result.h"
#include "db/database.h"
#include "market/search_category_listings.h"
#include "privacy/guard.h"

namespace hanse::promotions {

inline constexpr int kFeaturedPerPage = 4;

// Records the reward of `promotion_id` for the member: every company the
// member belongs to is featured from `from` until `until`. Called when the
// goal is reached, and when a member who had reached it joins again (for
// what is left of the reward).
Status grant_featured(db::Connection& conn, std::int64_t promotion_id, std::int64_t member_id, std::int64_t from,
                      std::int64_t until);

// Ends the member's reward from one promotion (they left it).
Status end_featured(db::Connection& conn, std::int64_t promotion_id, std::int64_t member_id);

// The featured listings of `kind` under a category at `now`: at most
// kFeaturedPerPage, one per company, the reward that ends last first, and
// only of members the guard still allows promotions. Expired or withdrawn
// offers are left out as on the category page itself.
Result<std::vector<market::CategoryListing>> featured_in_category(db::Connection& conn, const privacy::Guard& guard,
                                                                  const std::string& category_id,
                                                                  market::ListingKind kind, std::int64_t now);

}  // namespace hanse::promotions
