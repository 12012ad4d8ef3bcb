// GET /staff/banners (P-11): every banner campaign with its targets, days,
// cap and its counts (impressions and clicks in aggregate), for admins.
#include "promotions/banners.h"
#include "stats/days.h"
#include "web/banner_book.h"
#include "web/handler.h"

namespace hanse::web {

Response staff_banner_list(App& app, Request& request) {
  Page page(app, request);
  page.set_staff_area();
  // The counts not yet written first, so that the page is up to date.
  if (auto flushed = banner_book(app).flush(); !flushed) return error_response(app, request, flushed.error());
  auto campaigns = app.db->read([&](db::Connection& conn) { return promotions::list_campaigns(conn); });
  if (!campaigns) return error_response(app, request, campaigns.error());
  const auto today = stats::day_of(app.clock.now());
  return page.render("staff_banners", "Banner campaigns", [&](Dict& d) {
    if (campaigns->empty()) d.ShowSection("NONE");
    else d.ShowSection("SOME");
    for (const auto& c : *campaigns) {
      auto* row = d.AddSectionDictionary("CAMPAIGN");
      row->SetIntValue("ID", static_cast<long>(c.id));
      row->SetValue("TEXT", c.text);
      row->SetValue("LINK", c.link);
      row->SetValue("KIND", c.kind == promotions::BannerKind::partner ? "partner" : "house");
      std::string industries;
      for (const auto& id : c.industries) {
        const auto* category = app.categories ? app.categories->find(id) : nullptr;
        industries += (industries.empty() ? "" : ", ") + (category ? category->name : id);
      }
      std::string countries;
      for (const auto& code : c.countries) countries += (countries.empty() ? "" : ", ") + code;
      row->SetValue("INDUSTRIES", industries.empty() ? "any" : industries);
      row->SetValue("COUNTRIES", countries.empty() ? "any" : countries);
      row->SetValue("FIRST_DAY", stats::iso_date(c.first_day));
      row->SetValue("LAST_DAY", stats::iso_date(c.last_day));
      row->SetValue("CAP", c.cap > 0 ? std::to_string(c.cap) : "none");
      row->SetIntValue("IMPRESSIONS", static_cast<long>(c.impressions));
      row->SetIntValue("CLICKS", static_cast<long>(c.clicks));
      if (c.last_day >= today) row->SetValueAndShowSection("CSRF", page.csrf(), "RUNNING");
    }
  });
}

}  // namespace hanse::web
