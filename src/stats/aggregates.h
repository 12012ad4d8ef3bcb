// Reading the anonymous statistics back (SPEC P-9, P-10): totals per day,
// the most frequent values of each dimension over a range, and the full
// table of counts per dimension, value and day that exports are built from.
// Only stats_counts and the number of stats_visitors rows per day are read:
// nothing here can refer to a person.
//
// Visitors of a day are the number of its visitor keys while its salt lives
// (the last two days) and the 'visitors' count written when the salt is
// destroyed afterwards; a day has one or the other, so the two are added.
// Visitors over several days are visitor-days: the same person on two days
// counts twice, as nothing links one day's visitors to another's.
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "db/database.h"
#include "stats/days.h"

namespace hanse::stats {

// The dimensions with many values, in the order pages show them.
inline constexpr std::array<std::string_view, 6> kValueDimensions = {
    "section", "page", "browser", "device", "referrer", "status"};

// The longest range the dashboard and its CSV read at once, in days.
inline constexpr std::int64_t kMaxRangeDays = 366;

struct DayTotals {
  Day day = 0;
  std::int64_t views = 0;
  std::int64_t requests = 0;
  std::int64_t visitors = 0;
};

struct ValueCount {
  std::string value;
  std::int64_t count = 0;
};

struct Summary {
  DayRange range;
  std::vector<DayTotals> days;  // every day of the range, in order (zeros included)
  std::int64_t views = 0;
  std::int64_t requests = 0;
  std::int64_t visitor_days = 0;
  // For each of kValueDimensions: its most frequent values over the range,
  // most frequent first (ties by value), at most top_n.
  std::map<std::string, std::vector<ValueCount>, std::less<>> top;

  bool empty() const { return requests == 0 && views == 0 && visitor_days == 0; }
};

// Totals per day and the top_n values of each dimension over range.
Result<Summary> summarize(db::Connection& conn, DayRange range, int top_n);

// One count of the full table.
struct DayCount {
  std::string dimension;  // 'requests', 'views', 'visitors' or one of kValueDimensions
  std::string value;      // '' for requests, views and visitors
  Day day = 0;
  std::int64_t count = 0;
};

// Every non-zero count of range by dimension, value and day (visitors as
// above), ordered by dimension, value, day.
Result<std::vector<DayCount>> day_counts(db::Connection& conn, DayRange range);

// The CSV of day_counts: "day,dimension,value,count" and one line per count.
std::string day_counts_csv(const std::vector<DayCount>& counts);

// A CSV field: quoted when it holds a comma, quote or line break, and a
// leading =, +, -, @, tab or carriage return disarmed with a quote mark so
// that a spreadsheet does not read the field as a formula.
std::string csv_field(std::string_view text);

}  // namespace hanse::stats
