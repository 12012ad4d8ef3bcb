// The date range of the statistics dashboard and its CSV (/staff/stats,
// /staff/stats.csv): ?from=YYYY-MM-DD&to=YYYY-MM-DD, by default the last 30
// days; at most stats::kMaxRangeDays, ending today at the latest.
#pragma once

#include <optional>
#include <string>

#include "http/request.h"
#include "stats/days.h"

namespace hanse::web {

struct StatsRange {
  std::string from;  // as typed (or the default), for the form
  std::string to;
  std::optional<stats::DayRange> range;  // nullopt when the input is wrong
  std::string error;                     // why, in words
  std::string error_field;               // "from" or "to"
};

StatsRange parse_stats_range(const http::Request& request, stats::Day today);

}  // namespace hanse::web
