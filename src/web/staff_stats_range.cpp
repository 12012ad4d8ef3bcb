#include "web/staff_stats_range.h"

#include <fmt/format.h>

#include "core/text.h"
#include "stats/aggregates.h"

namespace hanse::web {

StatsRange parse_stats_range(const http::Request& request, stats::Day today) {
  StatsRange out;
  auto from = request.query("from");
  auto to = request.query("to");
  out.from = from ? std::string(trim(*from)) : stats::iso_date(today - 29);
  out.to = to ? std::string(trim(*to)) : stats::iso_date(today);
  // Only what fits the field is shown again.
  if (out.from.size() > 32) out.from.resize(32);
  if (out.to.size() > 32) out.to.resize(32);
  auto first = stats::parse_iso_date(out.from);
  auto last = stats::parse_iso_date(out.to);
  if (!first) {
    out.error_field = "from";
    out.error = "The first day is not a date: enter it as YYYY-MM-DD, for example 2026-11-01.";
  } else if (!last) {
    out.error_field = "to";
    out.error = "The last day is not a date: enter it as YYYY-MM-DD, for example 2026-11-30.";
  } else if (*last < *first) {
    out.error_field = "to";
    out.error = "The last day is before the first day.";
  } else if (*last > today) {
    out.error_field = "to";
    out.error = fmt::format("The last day cannot be after today, {}.", stats::iso_date(today));
  } else if (*last - *first + 1 > stats::kMaxRangeDays) {
    out.error_field = "to";
    out.error = fmt::format("Choose at most {} days at once.", stats::kMaxRangeDays);
  } else {
    out.range = stats::DayRange{*first, *last};
  }
  return out;
}

}  // namespace hanse::web
