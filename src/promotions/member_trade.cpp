#include "promotions/member_trade.h"

#include <algorithm>

namespace hanse::promotions {

Result<bool> guard_allows(db::Connection& conn, const privacy::Guard& guard, std::int64_t member_id,
                          std::string_view purpose) {
  privacy::ReadRequest request;
  request.actor = {privacy::ActorKind::system, 0};
  request.member_id = member_id;
  request.fields = {"members.company_name"};
  request.purpose = std::string(purpose);
  request.reason = "choosing what the member's pages show";
  HANSE_TRY(auto refusal, guard.check(conn, request));
  return !refusal.has_value();
}

Result<std::optional<MemberTrade>> member_trade(db::Connection& conn, const privacy::Guard& guard,
                                                const market::CategoryTree& categories, std::int64_t member_id,
                                                std::string_view purpose) {
  HANSE_TRY(auto allowed, guard_allows(conn, guard, member_id, purpose));
  if (!allowed) return std::optional<MemberTrade>{};
  // Company rows and their industries are public (the public-information
  // clause): no personal column of the member is read here.
  const db::Value params[] = {member_id};
  HANSE_TRY(auto rows, conn.query("SELECT c.country, ci.category_id FROM company_members cm "
                                  "JOIN companies c ON c.id = cm.company_id "
                                  "LEFT JOIN company_industries ci ON ci.company_id = c.id "
                                  "WHERE cm.member_id = $1",
                                  params));
  MemberTrade trade;
  std::vector<std::string> found;
  for (const auto& row : rows) {
    auto country = row.text(0);
    if (!country.empty() && std::find(trade.countries.begin(), trade.countries.end(), country) == trade.countries.end())
      trade.countries.push_back(country);
    if (row.is_null(1)) continue;
    const auto* category = categories.find(row.text(1));
    if (!category) continue;
    found.push_back(category->parent.empty() ? category->id : category->parent);
  }
  for (const auto* industry : categories.industries())
    if (std::find(found.begin(), found.end(), industry->id) != found.end()) trade.industries.push_back(industry->id);
  return std::optional<MemberTrade>{std::move(trade)};
}

}  // namespace hanse::promotions
