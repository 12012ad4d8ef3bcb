// What a member declared about their trade, read only when the privacy
// guard allows it for a purpose (P-11): the industries and countries of the
// member's company. Used to choose banners (purpose
// marketing.advertising.first_party.targeted, clause targeted-promotions)
// and to arrange pages (personalize.content, clause personalisation); both
// clauses are opt-out, and the guard refuses once the member opted out (a
// consent-ledger event of kind clause, "denied"), and refuses promotional
// purposes for an address on the children's suppression list (P-18).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "db/database.h"
#include "market/categories.h"
#include "privacy/guard.h"

namespace hanse::promotions {

inline constexpr std::string_view kTargetedPurpose = "marketing.advertising.first_party.targeted";
inline constexpr std::string_view kPersonalisePurpose = "personalize.content";
inline constexpr std::string_view kTargetedClause = "targeted-promotions";
inline constexpr std::string_view kPersonaliseClause = "personalisation";

struct MemberTrade {
  std::vector<std::string> industries;  // industry ids (a sub-category counts as its industry), in tree order
  std::vector<std::string> countries;   // ISO codes of the member's company
};

// The guard's decision for the member and purpose (asked for the field
// members.company_name, user.contact.organization, which both clauses
// name). True: allowed.
Result<bool> guard_allows(db::Connection& conn, const privacy::Guard& guard, std::int64_t member_id,
                          std::string_view purpose);

// The member's trade when the guard allows `purpose` for them; nullopt when
// it refuses. A member without a company has an empty trade.
Result<std::optional<MemberTrade>> member_trade(db::Connection& conn, const privacy::Guard& guard,
                                                const market::CategoryTree& categories, std::int64_t member_id,
                                                std::string_view purpose);

}  // namespace hanse::promotions
