#include "web/arranged.h"

#include <algorithm>

#include <spdlog/spdlog.h>

#include "promotions/member_trade.h"
#include "web/viewer_cache.h"

namespace hanse::web {

std::vector<std::string> arranged_industries(App& app, const SignedInMember* member) {
  if (!member || !app.categories || !app.guard) return {};
  auto* cache = app.viewers.get();
  const auto now = ViewerCache::Clock::now();
  if (cache)
    if (auto kept = cache->arranged(member->member.id, now)) return std::move(*kept);
  const std::uint64_t generation = cache ? cache->generation() : 0;
  auto trade = app.db->read([&](db::Connection& conn) {
    return promotions::member_trade(conn, *app.guard, *app.categories, member->member.id,
                                    promotions::kPersonalisePurpose);
  });
  if (!trade) {
    spdlog::warn("personalisation: not decided: {}", trade.error().message);
    return {};
  }
  std::vector<std::string> industries;
  if (*trade) industries = std::move((*trade)->industries);
  if (cache) cache->store_arranged(member->member.id, industries, generation, now);
  return industries;
}

std::vector<const market::Category*> industries_in_order(const market::CategoryTree& categories,
                                                         const std::vector<std::string>& first) {
  auto all = categories.industries();
  std::stable_partition(all.begin(), all.end(), [&](const market::Category* industry) {
    return std::find(first.begin(), first.end(), industry->id) != first.end();
  });
  return all;
}

void show_arranged(App& app, Dict& dict, const std::vector<std::string>& first) {
  if (first.empty()) return;
  std::string names;
  for (std::size_t i = 0; i < first.size(); ++i) {
    const auto* category = app.categories ? app.categories->find(first[i]) : nullptr;
    if (i > 0) names += i + 1 == first.size() ? " and " : ", ";
    names += category ? category->name : first[i];
  }
  dict.SetValueAndShowSection("ARRANGED_NAMES", names, "ARRANGED");
}

}  // namespace hanse::web
