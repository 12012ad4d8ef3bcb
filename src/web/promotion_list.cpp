// GET /promotions (P-11): the running promotions, for everyone. A visitor
// who accepted promotion cookies has the promotions they saw remembered in
// the cookie hanse_promotions, and the page marks the ones that are new
// since; without that choice nothing is set and nothing is marked.
#include <algorithm>

#include "promotions/promotions.h"
#include "stats/days.h"
#include "web/cookie_consent.h"
#include "web/cookies.h"
#include "web/handler.h"
#include "web/ids.h"

namespace hanse::web {

namespace {

constexpr std::size_t kMaxRemembered = 20;
constexpr long long kPromotionSeconds = 90LL * 24 * 3600;  // the registry's "90 days"

std::vector<std::int64_t> seen_of(const Request& request) {
  std::vector<std::int64_t> out;
  auto value = read_cookie(request, kPromotionCookie);
  if (!value) return out;
  std::string_view rest = *value;
  while (!rest.empty() && out.size() < kMaxRemembered) {
    auto dot = rest.find('.');
    if (auto id = parse_id(rest.substr(0, dot))) out.push_back(*id);
    rest = dot == std::string_view::npos ? std::string_view() : rest.substr(dot + 1);
  }
  return out;
}

}  // namespace

Response promotion_list(App& app, Request& request) {
  Page page(app, request);
  HANSE_TRY_PAGE_STATUS(page.load_viewer());
  auto running = app.db->read(
      [&](db::Connection& conn) { return promotions::running_promotions(conn, stats::day_of(app.clock.now())); });
  if (!running) return error_response(app, request, running.error());
  const bool remember = cookie_consent(app, request).allows(privacy::CookieCategory::promotions);
  const auto seen = remember ? seen_of(request) : std::vector<std::int64_t>{};
  auto response = page.render("promotions", "Promotions", [&](Dict& d) {
    if (running->empty()) d.ShowSection("NONE");
    if (remember) d.ShowSection("REMEMBERED");
    else d.ShowSection("NOT_REMEMBERED");
    if (page.member()) d.ShowSection("MEMBER");
    else d.ShowSection("VISITOR");
    for (const auto& p : *running) {
      auto* row = d.AddSectionDictionary("PROMOTION");
      row->SetValue("TITLE", p.title);
      row->SetValue("RULE", p.rule == promotions::Rule::offers
                                ? "Post " + std::to_string(p.target) + " offers this month"
                                : std::string("Complete your company profile"));
      row->SetIntValue("REWARD_DAYS", static_cast<long>(p.reward_days));
      if (remember && std::find(seen.begin(), seen.end(), p.id) == seen.end()) row->ShowSection("NEW");
    }
  });
  if (remember && response.status == 200) {
    std::vector<std::int64_t> now_seen;
    for (const auto& p : *running) now_seen.push_back(p.id);
    for (auto id : seen)
      if (now_seen.size() < kMaxRemembered && std::find(now_seen.begin(), now_seen.end(), id) == now_seen.end())
        now_seen.push_back(id);
    std::string value;
    for (auto id : now_seen) {
      if (!value.empty()) value += '.';
      value += std::to_string(id);
    }
    if (!value.empty() && now_seen != seen) set_cookie(request, response, kPromotionCookie, value, kPromotionSeconds);
  }
  return response;
}

}  // namespace hanse::web
