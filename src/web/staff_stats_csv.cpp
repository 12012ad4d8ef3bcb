// GET /staff/stats.csv (P-9): the dashboard's range as CSV for admin and
// compliance staff, one line per day, dimension and value (counts only); a
// wrong range gives the dashboard's form with the reason (400).
#include <fmt/format.h>

#include "stats/aggregates.h"
#include "web/handler.h"
#include "web/staff_stats_range.h"

namespace hanse::web {

Response staff_stats_show(App& app, Request& request);

Response staff_stats_csv(App& app, Request& request) {
  const StatsRange typed = parse_stats_range(request, stats::day_of(app.clock.now()));
  if (!typed.range) return staff_stats_show(app, request);  // the form with the reason
  auto counts = app.db->read([&](db::Connection& conn) { return stats::day_counts(conn, *typed.range); });
  if (!counts) return error_response(app, request, counts.error());
  Response response;
  response.status = 200;
  response.body = stats::day_counts_csv(*counts);
  response.set_header("Content-Type", "text/csv; charset=utf-8");
  response.set_header("Content-Disposition",
                      fmt::format("attachment; filename=\"hanse-statistics-{}-{}.csv\"",
                                  stats::iso_date(typed.range->first), stats::iso_date(typed.range->last)));
  response.set_header("Cache-Control", "no-store, private");
  return response;
}

}  // namespace hanse::web
