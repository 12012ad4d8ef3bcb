// GET /account/promotions (P-11): the running promotions with the member's
// participation and progress, and buttons to join or leave (opt out). Only
// when the privacy guard allows promotions for the member: not after they
// turned targeted promotions off, never for an address on the children's
// suppression list (P-18).
#include <algorithm>

#include "promotions/promotions.h"
#include "web/format.h"
#include "web/handler.h"

namespace hanse::web {

Response account_promotions_show(App& app, Request& request) {
  Page page(app, request);
  HANSE_TRY_PAGE(auto* me, page.require_member());
  const auto now = app.clock.now();
  struct Found {
    bool allowed = false;
    std::vector<promotions::Standing> standings;
  };
  auto found = app.db->transaction([&](db::Connection& conn) -> Result<Found> {
    Found f;
    HANSE_TRY(f.allowed, promotions::promotions_allowed(conn, *app.guard, me->member.id));
    if (f.allowed) {
      HANSE_TRY(f.standings, promotions::standings(conn, *app.guard, me->member.id, now));
    }
    return f;
  });
  if (!found) return error_response(app, request, found.error());
  return page.render("account_promotions", "Your promotions", [&](Dict& d) {
    page.csrf();
    if (!found->allowed) {
      d.ShowSection("NOT_OFFERED");
      return;
    }
    if (found->standings.empty()) d.ShowSection("NONE");
    for (const auto& s : found->standings) {
      auto* row = d.AddSectionDictionary("PROMOTION");
      row->SetIntValue("ID", static_cast<long>(s.promotion.id));
      row->SetValue("TITLE", s.promotion.title);
      row->SetValue("RULE", s.promotion.rule == promotions::Rule::offers
                                ? "Post " + std::to_string(s.promotion.target) + " offers this month"
                                : std::string("Complete your company profile"));
      row->SetIntValue("REWARD_DAYS", static_cast<long>(s.promotion.reward_days));
      row->SetIntValue("PROGRESS", static_cast<long>(std::min(s.progress, s.goal)));
      row->SetIntValue("GOAL", static_cast<long>(s.goal));
      if (s.joined) row->ShowSection("JOINED");
      else row->ShowSection(s.left ? "LEFT" : "NOT_JOINED");
      if (s.joined && s.reward_until) row->SetValueAndShowSection("REWARD_UNTIL", format_time(*s.reward_until), "DONE");
    }
  });
}

}  // namespace hanse::web
