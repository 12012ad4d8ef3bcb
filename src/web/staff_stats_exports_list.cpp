// GET /staff/stats/exports (P-10): the form for an export of aggregate
// statistics for a named third party, and every export made, for
// compliance staff.
#include "stats/exports.h"
#include "web/handler.h"
#include "web/staff_stats_exports_page.h"

namespace hanse::web {

Response staff_stats_exports_list(App& app, Request& request) {
  Page page(app, request);
  // The default: last month, as CSV.
  const stats::Day today = stats::day_of(app.clock.now());
  const auto this_month = stats::period_containing(stats::Period::month, today);
  const stats::ExportInput typed{
      .recipient = {},
      .period = std::string(stats::to_string(stats::Period::month)),
      .start = stats::iso_date(stats::period_containing(stats::Period::month, this_month.first - 1).first),
      .count = std::to_string(1),
      .format = std::string("csv"),
  };
  return render_stats_exports(app, page, request, typed, {}, 200);
}

}  // namespace hanse::web
