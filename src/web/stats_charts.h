// Server-rendered SVG charts of the statistics dashboard (P-9): geometry
// only, filled into the template's DAY_CHART and BAR_CHART sections
// (templates/staff_stats.tpl). No script, no style attribute (the CSP's
// style-src 'self'): the look comes from classes in static/site.css. Every
// value reaches the page through ctemplate's escaping.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "web/views.h"

namespace hanse::web {

struct ChartPoint {
  std::string label;  // a day or a value
  std::int64_t count = 0;
};

// A vertical bar per day: section DAY_CHART of dict.
void add_day_chart(Dict& dict, const std::string& id, const std::string& title, const std::string& unit,
                   const std::vector<ChartPoint>& points);

// A horizontal bar per value, most frequent first: section BAR_CHART of dict.
void add_bar_chart(Dict& dict, const std::string& id, const std::string& title, const std::string& unit,
                   const std::vector<ChartPoint>& points);

}  // namespace hanse::web
