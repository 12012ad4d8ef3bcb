// Promotions (SPEC P-11, targeted promotions): campaigns that staff write,
// each with a rule ("post N offers this month", "complete your company
// profile") and a reward (the company's listing featured for N days);
// members join them or leave (opt out), and see their progress on their
// account. Only members the privacy guard allows the promotional purpose
// marketing.advertising.first_party.targeted for may join or be shown their
// progress: the guard refuses it for a member who turned targeted promotions
// off and for an address on the children's suppression list (P-18).
//
// No HTTP here: web/account_promotion_*.cpp, web/promotion_list.cpp and
// web/staff_promotion_*.cpp translate.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/result.h"
#include "db/database.h"
#include "privacy/guard.h"

namespace hanse::promotions {

inline constexpr std::size_t kMaxTitle = 200;
inline constexpr std::int64_t kMaxTarget = 1000;
inline constexpr std::int64_t kMaxRewardDays = 365;

enum class Rule {
  offers,   // post `target` offers in the current calendar month (UTC)
  profile,  // complete the company profile (every optional field filled)
};
const char* to_string(Rule rule);  // "offers", "profile"

struct PromotionInput {
  std::string title;
  std::string rule;         // "offers" | "profile"
  std::string target;       // offers: 1..kMaxTarget; profile: ignored
  std::string reward_days;  // 1..kMaxRewardDays
  std::string first_day;    // "2026-12-07"
  std::string last_day;
};
using PromotionErrors = std::map<std::string, std::string>;

struct Promotion {
  std::int64_t id = 0;
  std::string title;
  Rule rule = Rule::offers;
  std::int64_t target = 0;
  std::int64_t reward_days = 0;
  std::int64_t first_day = 0;
  std::int64_t last_day = 0;
  std::int64_t participants = 0;  // members taking part now (list_promotions)
};

// Checks every field; the promotion to store, or nullopt with errors.
std::optional<Promotion> validate_promotion(const PromotionInput& input, PromotionErrors& errors);
Result<std::int64_t> create_promotion(db::Connection& conn, const Promotion& promotion, std::int64_t staff_id,
                                      std::int64_t now);
// Every promotion, newest first, with its number of participants.
Result<std::vector<Promotion>> list_promotions(db::Connection& conn);
// The promotions running on `day`, oldest first.
Result<std::vector<Promotion>> running_promotions(db::Connection& conn, std::int64_t day);

// A member's standing in one promotion.
struct Standing {
  Promotion promotion;
  bool joined = false;                      // taking part now
  bool left = false;                        // joined once, then opted out
  std::int64_t progress = 0;                // offers this month, or profile fields filled
  std::int64_t goal = 0;                    // target, or profile fields in all
  std::optional<std::int64_t> completed_at;  // when the goal was reached (the reward starts)
  std::optional<std::int64_t> reward_until;  // the listing is featured until then
};

// Whether the guard allows promotions for the member (see above).
Result<bool> promotions_allowed(db::Connection& conn, const privacy::Guard& guard, std::int64_t member_id);

// The running promotions with the member's standing; a reached goal is
// recorded and its reward granted (promotions/featured.h). Empty when the
// guard refuses. Called for the member's promotions page and after every
// change that can advance a goal (record_progress).
Result<std::vector<Standing>> standings(db::Connection& conn, const privacy::Guard& guard, std::int64_t member_id,
                                        std::int64_t now);

// standings() for its side effect: records goals the member's change
// (an offer posted, the company profile edited, a promotion joined) has
// reached. Nothing for a member the guard refuses promotions.
Status record_progress(db::Connection& conn, const privacy::Guard& guard, std::int64_t member_id, std::int64_t now);

// The member joins (again) or leaves a running promotion; leaving ends its
// reward. Errors:
// forbidden when the guard refuses promotions for the member; not_found for
// a promotion that is not running.
Status join_promotion(db::Connection& conn, const privacy::Guard& guard, std::int64_t member_id,
                      std::int64_t promotion_id, std::int64_t now);
Status leave_promotion(db::Connection& conn, std::int64_t member_id, std::int64_t promotion_id, std::int64_t now);

}  // namespace hanse::promotions
