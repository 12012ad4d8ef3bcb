#include "stats/aggregates.h"

#include <algorithm>
#include <tuple>

namespace hanse::stats {
namespace {

// Visitors per day of range: live keys plus the counts of destroyed salts.
Result<std::map<Day, std::int64_t>> visitors_by_day(db::Connection& conn, DayRange range) {
  const db::Value params[] = {range.first, range.last};
  std::map<Day, std::int64_t> out;
  HANSE_TRY(auto live, conn.query("SELECT day, COUNT(*) FROM stats_visitors WHERE day >= $1 AND day <= $2 "
                                  "GROUP BY day",
                                  params));
  for (auto& row : live) out[row.integer(0)] += row.integer(1);
  HANSE_TRY(auto counted, conn.query("SELECT day, count FROM stats_counts WHERE dimension = 'visitors' "
                                     "AND value = '' AND day >= $1 AND day <= $2",
                                     params));
  for (auto& row : counted) out[row.integer(0)] += row.integer(1);
  return out;
}

}  // namespace

Result<Summary> summarize(db::Connection& conn, DayRange range, int top_n) {
  Summary s;
  s.range = range;
  for (Day day = range.first; day <= range.last; ++day) s.days.push_back({.day = day});
  auto at = [&](Day day) -> DayTotals* {
    if (day < range.first || day > range.last) return nullptr;
    return &s.days[static_cast<std::size_t>(day - range.first)];
  };

  const db::Value params[] = {range.first, range.last};
  HANSE_TRY(auto totals, conn.query("SELECT day, dimension, count FROM stats_counts "
                                    "WHERE dimension IN ('views', 'requests') AND value = '' "
                                    "AND day >= $1 AND day <= $2",
                                    params));
  for (auto& row : totals) {
    auto* d = at(row.integer(0));
    if (!d) continue;
    if (row.text(1) == "views") {
      d->views += row.integer(2);
      s.views += row.integer(2);
    } else {
      d->requests += row.integer(2);
      s.requests += row.integer(2);
    }
  }
  HANSE_TRY(auto visitors, visitors_by_day(conn, range));
  for (auto& [day, n] : visitors) {
    if (auto* d = at(day)) {
      d->visitors += n;
      s.visitor_days += n;
    }
  }
  for (auto dimension : kValueDimensions) {
    const db::Value top_params[] = {std::string(dimension), range.first, range.last,
                                    static_cast<std::int64_t>(std::max(top_n, 0))};
    HANSE_TRY(auto rows, conn.query("SELECT value, SUM(count) AS total FROM stats_counts "
                                    "WHERE dimension = $1 AND day >= $2 AND day <= $3 "
                                    "GROUP BY value ORDER BY total DESC, value LIMIT $4",
                                    top_params));
    auto& list = s.top[std::string(dimension)];
    for (auto& row : rows) list.push_back({row.text(0), row.integer(1)});
  }
  return s;
}

Result<std::vector<DayCount>> day_counts(db::Connection& conn, DayRange range) {
  const db::Value params[] = {range.first, range.last};
  std::vector<DayCount> out;
  HANSE_TRY(auto rows, conn.query("SELECT dimension, value, day, count FROM stats_counts "
                                  "WHERE dimension <> 'visitors' AND day >= $1 AND day <= $2",
                                  params));
  for (auto& row : rows) {
    if (row.integer(3) != 0) out.push_back({row.text(0), row.text(1), row.integer(2), row.integer(3)});
  }
  HANSE_TRY(auto visitors, visitors_by_day(conn, range));
  for (auto& [day, n] : visitors) {
    if (n != 0) out.push_back({"visitors", "", day, n});
  }
  // Sorted here, not in SQL: the two databases collate text differently.
  std::sort(out.begin(), out.end(), [](const DayCount& a, const DayCount& b) {
    return std::tie(a.dimension, a.value, a.day) < std::tie(b.dimension, b.value, b.day);
  });
  return out;
}

std::string csv_field(std::string_view text) {
  std::string value(text);
  if (!value.empty() && (value[0] == '=' || value[0] == '+' || value[0] == '-' || value[0] == '@' ||
                         value[0] == '\t' || value[0] == '\r')) {
    value.insert(value.begin(), '\'');
  }
  if (value.find_first_of(",\"\r\n") == std::string::npos) return value;
  std::string out = "\"";
  for (char c : value) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

std::string day_counts_csv(const std::vector<DayCount>& counts) {
  std::string out = "day,dimension,value,count\r\n";
  for (auto& c : counts) {
    out += iso_date(c.day);
    out += ',';
    out += csv_field(c.dimension);
    out += ',';
    out += csv_field(c.value);
    out += ',';
    out += std::to_string(c.count);
    out += "\r\n";
  }
  return out;
}

}  // namespace hanse::stats
