// After a member's change that can advance a promotion's goal (an offer
// posted, the company profile saved), records a goal it reached so that the
// reward (a featured listing, promotions/featured.h) starts at once rather
// than at the member's next visit to their promotions page.
#pragma once

#include <cstdint>

namespace hanse::web {

struct App;

// The change itself is already stored: a failure here is logged, not
// shown, and the goal is recorded at the member's next visit to
// /account/promotions instead.
void record_promotion_progress(App& app, std::int64_t member_id);

}  // namespace hanse::web
