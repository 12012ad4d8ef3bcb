// Days as the statistics count them: UTC days since 1970-01-01, and the
// whole periods (days, ISO weeks, calendar months) that exports cover.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace hanse::stats {

using Day = std::int64_t;

constexpr std::int64_t kSecondsPerDay = 86400;

// The day of a Unix time (seconds; negative times round down).
constexpr Day day_of(std::int64_t unix_seconds) {
  return unix_seconds >= 0 ? unix_seconds / kSecondsPerDay
                           : -((-unix_seconds + kSecondsPerDay - 1) / kSecondsPerDay);
}

// "2026-12-07".
std::string iso_date(Day day);

// The day of an ISO date "YYYY-MM-DD" (years 1970..9999, a real calendar
// date); nullopt for anything else.
std::optional<Day> parse_iso_date(std::string_view text);

enum class Period { day, week, month };

std::string_view to_string(Period period);            // "day", "week", "month"
std::optional<Period> parse_period(std::string_view text);

// A run of whole periods: [first, last] in days, inclusive.
struct DayRange {
  Day first = 0;
  Day last = 0;
  std::int64_t days() const { return last - first + 1; }
  bool operator==(const DayRange&) const = default;
};

// The period of kind `period` that contains `day`: the day itself, its ISO
// week (Monday to Sunday) or its calendar month.
DayRange period_containing(Period period, Day day);

// `count` whole periods of kind `period`, the first being the one that
// contains `day`.
DayRange whole_periods(Period period, Day day, int count);

// The periods of kind `period` in range, in order (range should itself be
// whole periods; a partial one at either end is included as it is).
std::vector<DayRange> split_periods(Period period, DayRange range);

// "2026-12-07", "2026-W49", "2026-12": the label of the period starting at first.
std::string period_label(Period period, Day first);

}  // namespace hanse::stats
