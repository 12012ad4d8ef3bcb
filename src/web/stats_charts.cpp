#include "web/stats_charts.h"

#include <algorithm>

#include <fmt/format.h>

namespace hanse::web {
namespace {

constexpr double kWidth = 720;
constexpr double kDayHeight = 200;   // the day chart's plot area
constexpr double kDayTop = 16;       // room for the maximum's label
constexpr double kDayBottom = 22;    // room for the first and last day
constexpr double kRowHeight = 24;    // a bar of the bar chart
constexpr double kLabelWidth = 260;  // the value labels of the bar chart
constexpr double kBarSpace = 380;    // the longest bar

std::string num(double x) { return fmt::format("{:.1f}", x); }

// At most max characters of UTF-8 text, cut on a character boundary.
std::string shorten(const std::string& text, std::size_t max) {
  std::size_t chars = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
    if (chars == max) return text.substr(0, i) + "…";
    ++chars;
  }
  return text;
}

std::int64_t max_count(const std::vector<ChartPoint>& points) {
  std::int64_t most = 0;
  for (auto& p : points) most = std::max(most, p.count);
  return most;
}

void add_rows(Dict& chart, const std::vector<ChartPoint>& points) {
  for (auto& p : points) {
    auto* row = chart.AddSectionDictionary("ROW");
    row->SetValue("LABEL", p.label);
    row->SetValue("COUNT", std::to_string(p.count));
  }
}

}  // namespace

void add_day_chart(Dict& dict, const std::string& id, const std::string& title, const std::string& unit,
                   const std::vector<ChartPoint>& points) {
  auto* chart = dict.AddSectionDictionary("DAY_CHART");
  chart->SetValue("ID", id);
  chart->SetValue("TITLE", title);
  chart->SetValue("UNIT", unit);
  const double height = kDayTop + kDayHeight + kDayBottom;
  chart->SetValue("WIDTH", num(kWidth));
  chart->SetValue("HEIGHT", num(height));
  chart->SetValue("BASE", num(kDayTop + kDayHeight));
  chart->SetValue("LABEL_Y", num(height - 6));
  const std::int64_t most = max_count(points);
  std::int64_t total = 0;
  for (auto& p : points) total += p.count;
  chart->SetValue("MAX", std::to_string(most));
  chart->SetValue("SUMMARY",
                  points.empty() ? std::string("No days.")
                                 : fmt::format("{} {} from {} to {}; at most {} on one day.", total, unit,
                                               points.front().label, points.back().label, most));
  if (!points.empty()) {
    chart->SetValue("FIRST", points.front().label);
    chart->SetValue("LAST", points.back().label);
  }
  const double slot = points.empty() ? kWidth : kWidth / static_cast<double>(points.size());
  const double gap = slot > 4 ? slot * 0.15 : 0;
  for (std::size_t i = 0; i < points.size(); ++i) {
    const auto& p = points[i];
    if (p.count <= 0 || most <= 0) continue;
    const double h = std::max(1.0, kDayHeight * static_cast<double>(p.count) / static_cast<double>(most));
    auto* bar = chart->AddSectionDictionary("BAR");
    bar->SetValue("X", num(slot * static_cast<double>(i) + gap / 2));
    bar->SetValue("Y", num(kDayTop + kDayHeight - h));
    bar->SetValue("W", num(std::max(0.5, slot - gap)));
    bar->SetValue("H", num(h));
    bar->SetValue("LABEL", p.label);
    bar->SetValue("COUNT", std::to_string(p.count));
  }
  if (most == 0) chart->ShowSection("NO_DATA");
  add_rows(*chart, points);
}

void add_bar_chart(Dict& dict, const std::string& id, const std::string& title, const std::string& unit,
                   const std::vector<ChartPoint>& points) {
  auto* chart = dict.AddSectionDictionary("BAR_CHART");
  chart->SetValue("ID", id);
  chart->SetValue("TITLE", title);
  chart->SetValue("UNIT", unit);
  const double height = std::max<double>(1, static_cast<double>(points.size())) * kRowHeight + 8;
  chart->SetValue("WIDTH", num(kWidth));
  chart->SetValue("HEIGHT", num(height));
  chart->SetValue("SUMMARY", points.empty() ? std::string("No data in this range.")
                                            : fmt::format("{} most frequent, by {}.", points.size(), unit));
  const std::int64_t most = max_count(points);
  for (std::size_t i = 0; i < points.size(); ++i) {
    const auto& p = points[i];
    auto* bar = chart->AddSectionDictionary("BAR");
    const double y = 4 + kRowHeight * static_cast<double>(i);
    const double w = most > 0 ? std::max(1.0, kBarSpace * static_cast<double>(p.count) / static_cast<double>(most)) : 1.0;
    bar->SetValue("LABEL", p.label);
    bar->SetValue("SHORT", shorten(p.label, 36));
    bar->SetValue("COUNT", std::to_string(p.count));
    bar->SetValue("TEXT_X", num(kLabelWidth - 8));
    bar->SetValue("TEXT_Y", num(y + kRowHeight * 0.65));
    bar->SetValue("X", num(kLabelWidth));
    bar->SetValue("Y", num(y + 3));
    bar->SetValue("W", num(w));
    bar->SetValue("H", num(kRowHeight - 6));
    bar->SetValue("COUNT_X", num(kLabelWidth + w + 6));
  }
  if (points.empty()) {
    chart->ShowSection("NO_DATA");
  } else {
    chart->ShowSection("ANY");
  }
  add_rows(*chart, points);
}

}  // namespace hanse::web
