#include "promotions/promotions.h"

#include <algorithm>
#include <cctype>

#include <fmt/format.h>

#include "privacy/door.h"
#include "promotions/featured.h"
#include "promotions/member_trade.h"
#include "stats/days.h"

namespace hanse::promotions {

namespace {

std::string trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return std::string(s);
}

std::optional<std::int64_t> whole_number(const std::string& text, std::int64_t min, std::int64_t max) {
  if (text.empty() || text.size() > 9 ||
      !std::all_of(text.begin(), text.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }))
    return std::nullopt;
  auto n = std::stoll(text);
  if (n < min || n > max) return std::nullopt;
  return n;
}

constexpr const char* kColumns =
    "p.id, p.title, p.rule, p.target, p.reward_days, p.first_day, p.last_day, "
    "(SELECT COUNT(*) FROM promotion_participants x WHERE x.promotion_id = p.id)";

Promotion promotion_of(const db::Row& row) {
  Promotion p;
  p.id = row.integer(0);
  p.title = row.text(1);
  p.rule = row.text(2) == "profile" ? Rule::profile : Rule::offers;
  p.target = row.integer(3);
  p.reward_days = row.integer(4);
  p.first_day = row.integer(5);
  p.last_day = row.integer(6);
  p.participants = row.integer(7);
  return p;
}

constexpr std::int64_t kProfileFields = 5;

// Offers the member posted this calendar month (UTC).
Result<std::int64_t> offers_this_month(db::Connection& conn, std::int64_t member_id, std::int64_t now) {
  auto today = stats::iso_date(stats::day_of(now));
  auto month_start = stats::parse_iso_date(today.substr(0, 8) + "01").value_or(stats::day_of(now));
  const db::Value params[] = {member_id, month_start * stats::kSecondsPerDay};
  HANSE_TRY(auto row, conn.query_one("SELECT COUNT(*) FROM offers WHERE member_id = $1 AND created_at >= $2", params));
  return row.integer(0);
}

// Optional fields of the member's company profile that are filled.
Result<std::int64_t> profile_fields(db::Connection& conn, std::int64_t member_id) {
  const db::Value params[] = {member_id};
  HANSE_TRY(auto row, conn.query_optional(
                          "SELECT c.address, c.year_founded, c.description, c.website, c.logo_upload_id "
                          "FROM company_members cm JOIN companies c ON c.id = cm.company_id WHERE cm.member_id = $1",
                          params));
  if (!row) return std::int64_t{0};
  std::int64_t filled = 0;
  if (!row->text(0).empty()) ++filled;
  if (!row->is_null(1)) ++filled;
  if (!row->text(2).empty()) ++filled;
  if (!row->text(3).empty()) ++filled;
  if (!row->is_null(4)) ++filled;
  return filled;
}

}  // namespace

const char* to_string(Rule rule) { return rule == Rule::profile ? "profile" : "offers"; }

std::optional<Promotion> validate_promotion(const PromotionInput& input, PromotionErrors& errors) {
  Promotion p;
  p.title = trim(input.title);
  if (p.title.empty()) errors["title"] = "Give the promotion a title.";
  else if (p.title.size() > kMaxTitle) errors["title"] = fmt::format("At most {} characters.", kMaxTitle);
  if (input.rule == "offers") {
    p.rule = Rule::offers;
    if (auto n = whole_number(trim(input.target), 1, kMaxTarget)) p.target = *n;
    else errors["target"] = fmt::format("How many offers: a whole number from 1 to {}.", kMaxTarget);
  } else if (input.rule == "profile") {
    p.rule = Rule::profile;
    p.target = kProfileFields;
  } else {
    errors["rule"] = "Choose a rule.";
  }
  if (auto n = whole_number(trim(input.reward_days), 1, kMaxRewardDays)) p.reward_days = *n;
  else errors["reward_days"] = fmt::format("Days featured: a whole number from 1 to {}.", kMaxRewardDays);
  auto first = stats::parse_iso_date(trim(input.first_day));
  auto last = stats::parse_iso_date(trim(input.last_day));
  if (!first) errors["first_day"] = "Give the first day as a date (2026-12-31).";
  if (!last) errors["last_day"] = "Give the last day as a date (2026-12-31).";
  if (first && last && *last < *first) errors["last_day"] = "The last day cannot be before the first day.";
  if (first) p.first_day = *first;
  if (last) p.last_day = *last;
  if (!errors.empty()) return std::nullopt;
  return p;
}

Result<std::int64_t> create_promotion(db::Connection& conn, const Promotion& p, std::int64_t staff_id,
                                      std::int64_t now) {
  const db::Value params[] = {p.title, std::string(to_string(p.rule)), p.target, p.reward_days,
                              p.first_day, p.last_day, staff_id, now};
  HANSE_TRY(auto row, conn.query_one("INSERT INTO promotion_campaigns (title, rule, target, reward_days, first_day, "
                                     "last_day, staff_id, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) "
                                     "RETURNING id",
                                     params));
  return row.integer(0);
}

Result<std::vector<Promotion>> list_promotions(db::Connection& conn) {
  HANSE_TRY(auto rows, conn.query(fmt::format("SELECT {} FROM promotion_campaigns p ORDER BY p.id DESC", kColumns)));
  std::vector<Promotion> out;
  for (const auto& row : rows) out.push_back(promotion_of(row));
  return out;
}

Result<std::vector<Promotion>> running_promotions(db::Connection& conn, std::int64_t day) {
  const db::Value params[] = {day};
  HANSE_TRY(auto rows, conn.query(fmt::format("SELECT {} FROM promotion_campaigns p WHERE p.first_day <= $1 AND "
                                              "p.last_day >= $1 ORDER BY p.id",
                                              kColumns),
                                  params));
  std::vector<Promotion> out;
  for (const auto& row : rows) out.push_back(promotion_of(row));
  return out;
}

Result<bool> promotions_allowed(db::Connection& conn, const privacy::Guard& guard, std::int64_t member_id) {
  return guard_allows(conn, guard, member_id, kTargetedPurpose);
}

Result<std::vector<Standing>> standings(db::Connection& conn, const privacy::Guard& guard, std::int64_t member_id,
                                        std::int64_t now) {
  std::vector<Standing> out;
  HANSE_TRY(auto allowed, promotions_allowed(conn, guard, member_id));
  if (!allowed) return out;
  HANSE_TRY(auto running, running_promotions(conn, stats::day_of(now)));
  privacy::OwnerRead door("a member's own participation in promotions");
  std::optional<std::int64_t> offers, profile;
  for (auto& p : running) {
    Standing s;
    s.promotion = p;
    const db::Value params[] = {p.id, member_id};
    HANSE_TRY(auto row, conn.query_optional("SELECT left_at, completed_at FROM promotion_participants "
                                            "WHERE promotion_id = $1 AND member_id = $2",
                                            params));
    if (row) {
      s.joined = row->is_null(0);
      s.left = !s.joined;
      s.completed_at = row->optional_integer(1);
    }
    if (p.rule == Rule::offers) {
      if (!offers) {
        HANSE_TRY(offers, offers_this_month(conn, member_id, now));
      }
      s.progress = *offers;
      s.goal = p.target;
    } else {
      if (!profile) {
        HANSE_TRY(profile, profile_fields(conn, member_id));
      }
      s.progress = *profile;
      s.goal = kProfileFields;
    }
    if (s.joined && !s.completed_at && s.progress >= s.goal) {
      const db::Value done[] = {p.id, member_id, now};
      HANSE_TRY(auto reached, conn.execute("UPDATE promotion_participants SET completed_at = $3 "
                                           "WHERE promotion_id = $1 AND member_id = $2 AND completed_at IS NULL",
                                           done));
      // The reward starts once, with the goal (a concurrent request that
      // recorded it first has granted it).
      if (reached > 0)
        HANSE_TRY_STATUS(grant_featured(conn, p.id, member_id, now, now + p.reward_days * stats::kSecondsPerDay));
      s.completed_at = now;
    }
    if (s.completed_at) s.reward_until = *s.completed_at + p.reward_days * stats::kSecondsPerDay;
    out.push_back(std::move(s));
  }
  return out;
}

Status record_progress(db::Connection& conn, const privacy::Guard& guard, std::int64_t member_id, std::int64_t now) {
  HANSE_TRY_STATUS(standings(conn, guard, member_id, now));
  return {};
}

Status join_promotion(db::Connection& conn, const privacy::Guard& guard, std::int64_t member_id,
                      std::int64_t promotion_id, std::int64_t now) {
  HANSE_TRY(auto allowed, promotions_allowed(conn, guard, member_id));
  if (!allowed) return fail(ErrorKind::forbidden, "promotions are not offered to this member");
  HANSE_TRY(auto running, running_promotions(conn, stats::day_of(now)));
  if (std::none_of(running.begin(), running.end(), [&](const Promotion& p) { return p.id == promotion_id; }))
    return fail(ErrorKind::not_found, "no such promotion running");
  const db::Value params[] = {promotion_id, member_id, now};
  privacy::OwnerRead door("a member joining a promotion");
  HANSE_TRY(auto rejoined, conn.query_optional("UPDATE promotion_participants SET left_at = NULL, joined_at = $3 "
                                                "WHERE promotion_id = $1 AND member_id = $2 AND left_at IS NOT NULL "
                                                "RETURNING completed_at",
                                                params));
  if (rejoined && !rejoined->is_null(0)) {
    // The goal was reached before the member left: what is left of the
    // reward resumes (leaving and joining again does not restart it).
    const auto& p = *std::find_if(running.begin(), running.end(),
                                  [&](const Promotion& r) { return r.id == promotion_id; });
    HANSE_TRY_STATUS(grant_featured(conn, promotion_id, member_id, now,
                                    rejoined->integer(0) + p.reward_days * stats::kSecondsPerDay));
  }
  if (!rejoined) {
    HANSE_TRY_STATUS(conn.execute("INSERT INTO promotion_participants (promotion_id, member_id, joined_at) "
                                  "VALUES ($1, $2, $3) ON CONFLICT (promotion_id, member_id) DO NOTHING",
                                  params));
  }
  // What the member did before joining counts: the goal may be reached now.
  return record_progress(conn, guard, member_id, now);
}

Status leave_promotion(db::Connection& conn, std::int64_t member_id, std::int64_t promotion_id, std::int64_t now) {
  const db::Value params[] = {promotion_id, member_id, now};
  privacy::OwnerRead door("a member leaving a promotion");
  HANSE_TRY(auto changed, conn.execute("UPDATE promotion_participants SET left_at = $3 "
                                       "WHERE promotion_id = $1 AND member_id = $2 AND left_at IS NULL",
                                       params));
  if (changed == 0) return fail(ErrorKind::not_found, "not taking part in this promotion");
  return end_featured(conn, promotion_id, member_id);
}

}  // namespace hanse::promotions
