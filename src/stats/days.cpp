#include "stats/days.h"

#include <chrono>

#include <fmt/format.h>

namespace hanse::stats {
namespace {

using namespace std::chrono;

year_month_day ymd_of(Day day) { return year_month_day{sys_days{days{day}}}; }
Day day_of_ymd(const year_month_day& ymd) { return sys_days{ymd}.time_since_epoch().count(); }

// 0 for Monday .. 6 for Sunday.
int weekday_index(Day day) {
  return static_cast<int>(weekday{sys_days{days{day}}}.iso_encoding()) - 1;
}

}  // namespace

std::string iso_date(Day day) {
  auto ymd = ymd_of(day);
  return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(ymd.year()),
                     static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
}

std::optional<Day> parse_iso_date(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  int parts[3] = {0, 0, 0};
  const std::size_t starts[3] = {0, 5, 8};
  const std::size_t lengths[3] = {4, 2, 2};
  for (int k = 0; k < 3; ++k) {
    for (std::size_t i = 0; i < lengths[k]; ++i) {
      char c = text[starts[k] + i];
      if (c < '0' || c > '9') return std::nullopt;
      parts[k] = parts[k] * 10 + (c - '0');
    }
  }
  if (parts[0] < 1970) return std::nullopt;
  year_month_day ymd{year{parts[0]}, month{static_cast<unsigned>(parts[1])},
                     std::chrono::day{static_cast<unsigned>(parts[2])}};
  if (!ymd.ok()) return std::nullopt;
  return day_of_ymd(ymd);
}

std::string_view to_string(Period period) {
  switch (period) {
    case Period::day: return "day";
    case Period::week: return "week";
    case Period::month: return "month";
  }
  return "day";
}

std::optional<Period> parse_period(std::string_view text) {
  if (text == "day") return Period::day;
  if (text == "week") return Period::week;
  if (text == "month") return Period::month;
  return std::nullopt;
}

DayRange period_containing(Period period, Day day) {
  switch (period) {
    case Period::day: return {day, day};
    case Period::week: {
      Day monday = day - weekday_index(day);
      return {monday, monday + 6};
    }
    case Period::month: {
      auto ymd = ymd_of(day);
      year_month_day first{ymd.year(), ymd.month(), std::chrono::day{1}};
      year_month_day_last last{ymd.year(), month_day_last{ymd.month()}};
      return {day_of_ymd(first), sys_days{last}.time_since_epoch().count()};
    }
  }
  return {day, day};
}

DayRange whole_periods(Period period, Day day, int count) {
  DayRange first = period_containing(period, day);
  DayRange last = first;
  for (int i = 1; i < count; ++i) last = period_containing(period, last.last + 1);
  return {first.first, last.last};
}

std::vector<DayRange> split_periods(Period period, DayRange range) {
  std::vector<DayRange> out;
  for (Day day = range.first; day <= range.last;) {
    DayRange p = period_containing(period, day);
    out.push_back({std::max(p.first, range.first), std::min(p.last, range.last)});
    day = p.last + 1;
  }
  return out;
}

std::string period_label(Period period, Day first) {
  switch (period) {
    case Period::day: return iso_date(first);
    case Period::week: {
      // The ISO week's year is the year of its Thursday.
      Day thursday = first - weekday_index(first) + 3;
      auto ymd = ymd_of(thursday);
      Day jan1 = day_of_ymd(year_month_day{ymd.year(), January, std::chrono::day{1}});
      return fmt::format("{:04}-W{:02}", static_cast<int>(ymd.year()), (thursday - jan1) / 7 + 1);
    }
    case Period::month: {
      auto ymd = ymd_of(first);
      return fmt::format("{:04}-{:02}", static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()));
    }
  }
  return iso_date(first);
}

}  // namespace hanse::stats
