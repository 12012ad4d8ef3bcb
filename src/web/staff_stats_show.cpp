// GET /staff/stats (P-9): the anonymous statistics of a date range for
// admin and compliance staff: visitors and page views per day, the most
// frequent sections, pages, browsers, devices, referring sites and status
// classes, as SVG charts each with its data table; a wrong range gives the
// form again with the reason (400).
#include <fmt/format.h>

#include "stats/aggregates.h"
#include "web/handler.h"
#include "web/staff_stats_range.h"
#include "web/stats_charts.h"

namespace hanse::web {
namespace {

constexpr int kTopValues = 10;

struct DimensionView {
  const char* dimension;
  const char* title;
  const char* unit;
};
constexpr DimensionView kDimensionViews[] = {
    {"section", "Top sections", "page views"},
    {"page", "Top pages", "page views"},
    {"browser", "Browsers", "page views"},
    {"device", "Devices", "page views"},
    {"referrer", "Referring sites", "page views"},
    {"status", "Status classes", "requests"},
};

}  // namespace

Response staff_stats_show(App& app, Request& request) {
  Page page(app, request);
  page.set_staff_area();
  const staff::StaffMember* who = page.staff_member();  // admin or compliance: the staff gate
  if (!who) return page.redirect("/staff/signin");
  const stats::Day today = stats::day_of(app.clock.now());
  const StatsRange typed = parse_stats_range(request, today);
  std::optional<stats::Summary> summary;
  if (typed.range) {
    auto read = app.db->read([&](db::Connection& conn) { return stats::summarize(conn, *typed.range, kTopValues); });
    if (!read) return error_response(app, request, read.error());
    summary = std::move(*read);
  }
  return page.render(
      "staff_stats", "Site statistics",
      [&](Dict& d) {
        if (who->role == staff::Role::compliance) d.ShowSection("EXPORTS");
        d.SetValue("FROM", typed.from);
        d.SetValue("TO", typed.to);
        d.SetIntValue("MAX_DAYS", static_cast<long>(stats::kMaxRangeDays));
        if (!typed.range) {
          d.SetValueAndShowSection("ERROR", typed.error, "FORM_ERROR");
          d.ShowSection(typed.error_field == "from" ? "FROM_ERROR" : "TO_ERROR");
          return;
        }
        auto* result = d.AddSectionDictionary("RESULT");
        result->SetValue("FROM_TEXT", stats::iso_date(summary->range.first));
        result->SetValue("TO_TEXT", stats::iso_date(summary->range.last));
        result->SetValue("CSV_PATH", fmt::format("/staff/stats.csv?from={}&to={}", stats::iso_date(summary->range.first),
                                                 stats::iso_date(summary->range.last)));
        result->SetValue("VISITORS", std::to_string(summary->visitor_days));
        result->SetValue("VIEWS", std::to_string(summary->views));
        result->SetValue("REQUESTS", std::to_string(summary->requests));
        if (summary->empty()) result->ShowSection("EMPTY");
        std::vector<ChartPoint> visitors, views;
        for (auto& day : summary->days) {
          visitors.push_back({stats::iso_date(day.day), day.visitors});
          views.push_back({stats::iso_date(day.day), day.views});
        }
        add_day_chart(*result, "visitors", "Visitors per day", "visitors", visitors);
        add_day_chart(*result, "views", "Page views per day", "page views", views);
        for (auto& view : kDimensionViews) {
          std::vector<ChartPoint> points;
          if (auto found = summary->top.find(view.dimension); found != summary->top.end()) {
            for (auto& v : found->second) points.push_back({v.value, v.count});
          }
          add_bar_chart(*result, view.dimension, view.title, view.unit, points);
        }
      },
      typed.range ? 200 : 400);
}

}  // namespace hanse::web
