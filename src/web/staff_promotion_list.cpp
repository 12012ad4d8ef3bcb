// GET /staff/promotions (P-11): every promotion with its rule, reward, days
// and how many members joined it, for admins.
#include "promotions/promotions.h"
#include "stats/days.h"
#include "web/handler.h"

namespace hanse::web {

Response staff_promotion_list(App& app, Request& request) {
  Page page(app, request);
  page.set_staff_area();
  auto all = app.db->read([&](db::Connection& conn) { return promotions::list_promotions(conn); });
  if (!all) return error_response(app, request, all.error());
  return page.render("staff_promotions", "Promotions", [&](Dict& d) {
    if (all->empty()) d.ShowSection("NONE");
    else d.ShowSection("SOME");
    for (const auto& p : *all) {
      auto* row = d.AddSectionDictionary("PROMOTION");
      row->SetIntValue("ID", static_cast<long>(p.id));
      row->SetValue("TITLE", p.title);
      row->SetValue("RULE", p.rule == promotions::Rule::offers ? "post " + std::to_string(p.target) + " offers this month"
                                                               : std::string("complete the company profile"));
      row->SetIntValue("REWARD_DAYS", static_cast<long>(p.reward_days));
      row->SetValue("FIRST_DAY", stats::iso_date(p.first_day));
      row->SetValue("LAST_DAY", stats::iso_date(p.last_day));
      row->SetIntValue("PARTICIPANTS", static_cast<long>(p.participants));
    }
  });
}

}  // namespace hanse::web
