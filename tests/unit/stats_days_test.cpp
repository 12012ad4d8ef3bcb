// Days and whole periods of the statistics (stats/days.h).
#include <gtest/gtest.h>

#include "stats/days.h"

namespace hanse::stats {
namespace {

TEST(StatsDays, IsoDatesRoundTrip) {
  EXPECT_EQ(iso_date(0), "1970-01-01");
  auto day = parse_iso_date("2026-12-07");
  ASSERT_TRUE(day);
  EXPECT_EQ(iso_date(*day), "2026-12-07");
  EXPECT_EQ(day_of(*day * kSecondsPerDay + 86399), *day);
  EXPECT_EQ(day_of(-1), -1);
}

TEST(StatsDays, BadDatesAreRefused) {
  for (const char* text : {"", "2026-02-30", "2026-13-01", "26-12-07", "2026-12-7", "2026/12/07", "1969-12-31",
                           "2026-12-07x", "abcd-ef-gh", "2026-00-10"}) {
    EXPECT_FALSE(parse_iso_date(text)) << text;
  }
}

TEST(StatsDays, WholePeriods) {
  const Day monday = *parse_iso_date("2026-11-30");  // a Monday
  const Day thursday = *parse_iso_date("2026-12-03");
  EXPECT_EQ(period_containing(Period::week, thursday), (DayRange{monday, monday + 6}));
  EXPECT_EQ(period_label(Period::week, monday), "2026-W49");
  auto month = period_containing(Period::month, thursday);
  EXPECT_EQ(iso_date(month.first), "2026-12-01");
  EXPECT_EQ(iso_date(month.last), "2026-12-31");
  auto feb = whole_periods(Period::month, *parse_iso_date("2028-02-10"), 2);
  EXPECT_EQ(iso_date(feb.first), "2028-02-01");
  EXPECT_EQ(iso_date(feb.last), "2028-03-31");
  EXPECT_EQ(split_periods(Period::month, feb).size(), 2u);
  EXPECT_EQ(period_label(Period::week, *parse_iso_date("2026-12-28")), "2026-W53");
  EXPECT_EQ(period_label(Period::week, *parse_iso_date("2024-12-30")), "2025-W01");
  EXPECT_EQ(period_label(Period::month, month.first), "2026-12");
}

}  // namespace
}  // namespace hanse::stats
