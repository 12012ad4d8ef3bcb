// A member's cookie choices in the consent ledger (P-16): one event of kind
// "cookies" per category answered, whose source names the page and the
// registry revision the choice was given at ("/privacy/cookies#registry-1"),
// so that a member's choice follows them to another browser and a new
// revision of a category asks them again.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "core/result.h"
#include "db/database.h"
#include "privacy/cookie_choice.h"

namespace hanse::privacy {

// Appends the choice's answered categories for the member. page: where it
// was given ("/privacy/cookies"). Runs on conn, in the caller's transaction.
Status record_cookie_choice(db::Connection& conn, std::int64_t member_id, const CookieChoice& choice,
                            const std::string& page);

// The member's latest cookie choices as one CookieChoice (its revision the
// oldest of the answers), or nullopt when they never chose.
Result<std::optional<CookieChoice>> ledger_cookie_choice(db::Connection& conn, std::int64_t member_id);

}  // namespace hanse::privacy
