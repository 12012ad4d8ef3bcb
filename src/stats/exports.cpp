#include "stats/exports.h"

#include <algorithm>
#include <charconv>

#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <sodium.h>

#include "audit/audit_log.h"
#include "core/text.h"

namespace hanse::stats {
namespace {

// The dimensions of an export, in order, and what each counts.
struct DimensionInfo {
  std::string_view name;
  std::string_view unit;
};
constexpr DimensionInfo kExportDimensions[] = {
    {"requests", "requests"},
    {"views", "page views"},
    {"visitors", "visitor-days: the distinct visitors of each day, summed over the days of the period "
                 "(one visitor on two days counts twice)"},
    {"section", "page views"},
    {"page", "page views"},
    {"status", "requests"},
    {"browser", "page views"},
    {"device", "page views"},
    {"referrer", "page views"},
};

constexpr std::string_view kCsvHeader = "dimension,unit,kind,value,period,count,suppressed\r\n";

// Characters of UTF-8 text (bytes that do not continue a sequence).
std::size_t characters(std::string_view text) {
  return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  }));
}

bool has_control(std::string_view text) {
  return std::any_of(text.begin(), text.end(), [](char c) {
    auto u = static_cast<unsigned char>(c);
    return u < 0x20 || u == 0x7F;
  });
}

std::optional<int> parse_count(std::string_view text) {
  text = trim(text);
  int n = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
  if (text.empty() || ec != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return n;
}

std::string_view period_noun(Period period, bool plural) {
  switch (period) {
    case Period::day: return plural ? "days" : "day";
    case Period::week: return plural ? "weeks" : "week";
    case Period::month: return plural ? "months" : "month";
  }
  return "";
}

nlohmann::json count_json(const SuppressedTable& t, std::size_t r, std::size_t c) {
  if (t.is_suppressed(r, c)) return nullptr;
  return t.count(r, c);
}

}  // namespace

int max_periods(Period period) {
  switch (period) {
    case Period::day: return 31;
    case Period::week: return 26;
    case Period::month: return 12;
  }
  return 1;
}

CheckedExport check_export(const ExportInput& input, Day today) {
  CheckedExport out;
  ExportSpec spec;
  spec.recipient = std::string(trim(input.recipient));
  const std::size_t length = characters(spec.recipient);
  if (spec.recipient.empty()) {
    out.errors["recipient"] = "Name the organisation that receives the statistics.";
  } else if (length < kMinRecipient || length > kMaxRecipient || has_control(spec.recipient)) {
    out.errors["recipient"] = fmt::format("The recipient's name must be {} to {} characters, on one line.",
                                          kMinRecipient, kMaxRecipient);
  }
  auto period = parse_period(trim(input.period));
  if (!period) {
    out.errors["period"] = "Choose days, weeks or months.";
  } else {
    spec.period = *period;
  }
  auto start = parse_iso_date(trim(input.start));
  if (!start) out.errors["start"] = "Enter the start as a date, YYYY-MM-DD (for example 2026-11-01).";
  auto count = parse_count(input.count);
  if (period) {
    const int most = max_periods(*period);
    if (!count || *count < 1 || *count > most) {
      out.errors["count"] = fmt::format("Enter a whole number of {} from 1 to {}.", period_noun(*period, true), most);
    } else {
      spec.count = *count;
    }
  } else if (!count || *count < 1) {
    out.errors["count"] = "Enter a whole number of periods, 1 or more.";
  }
  if (trim(input.format) == "csv") {
    spec.format = ExportFormat::csv;
  } else if (trim(input.format) == "json") {
    spec.format = ExportFormat::json;
  } else {
    out.errors["format"] = "Choose CSV or JSON.";
  }
  if (period && start && !out.errors.contains("count")) {
    spec.range = whole_periods(spec.period, *start, spec.count);
    if (spec.range.last >= today) {
      out.errors["start"] = fmt::format(
          "The last {} of this export ends on {}: only periods that have ended can be exported "
          "(the last day that has ended is {}).",
          period_noun(spec.period, false), iso_date(spec.range.last), iso_date(today - 1));
    }
  }
  if (out.errors.empty()) out.spec = std::move(spec);
  return out;
}

ExportContent build_export(const ExportSpec& spec, const std::vector<DayCount>& counts) {
  ExportContent content;
  content.spec = spec;
  const auto periods = split_periods(spec.period, spec.range);
  for (auto& p : periods) content.periods.push_back(period_label(spec.period, p.first));
  auto period_index = [&](Day day) -> std::optional<std::size_t> {
    for (std::size_t i = 0; i < periods.size(); ++i) {
      if (day >= periods[i].first && day <= periods[i].last) return i;
    }
    return std::nullopt;
  };
  for (auto& info : kExportDimensions) {
    std::map<std::string, std::vector<std::int64_t>> rows;
    for (auto& c : counts) {
      if (c.dimension != info.name || c.count <= 0) continue;
      auto index = period_index(c.day);
      if (!index) continue;
      auto& row = rows[c.value];
      if (row.empty()) row.assign(periods.size(), 0);
      row[*index] += c.count;
    }
    if (rows.empty()) continue;
    ExportTable table;
    table.dimension = std::string(info.name);
    table.unit = std::string(info.unit);
    std::vector<std::vector<std::int64_t>> cells;
    for (auto& [value, row] : rows) {
      table.values.push_back(value);
      cells.push_back(row);
    }
    table.table = suppress_small_cells(cells);
    content.tables.push_back(std::move(table));
  }
  return content;
}

std::string export_csv(const ExportContent& content) {
  std::string out(kCsvHeader);
  auto line = [&](const ExportTable& t, std::string_view kind, std::string_view value, std::string_view period,
                  std::size_t r, std::size_t c) {
    const bool hidden = t.table.is_suppressed(r, c);
    out += csv_field(t.dimension) + ',' + csv_field(t.unit) + ',' + std::string(kind) + ',' + csv_field(value) +
           ',' + csv_field(period) + ',' + (hidden ? std::string() : std::to_string(t.table.count(r, c))) + ',' +
           (hidden ? "true" : "false") + "\r\n";
  };
  for (auto& t : content.tables) {
    const std::size_t rows = t.table.rows, cols = t.table.cols;
    for (std::size_t r = 0; r < rows; ++r) {
      for (std::size_t c = 0; c < cols; ++c) line(t, "cell", t.values[r], content.periods[c], r, c);
      line(t, "value_total", t.values[r], "", r, cols);
    }
    for (std::size_t c = 0; c < cols; ++c) line(t, "period_total", "", content.periods[c], rows, c);
    line(t, "grand_total", "", "", rows, cols);
  }
  return out;
}

std::string export_json(const ExportContent& content) {
  const auto& spec = content.spec;
  nlohmann::json doc = {
      {"recipient", spec.recipient},
      {"period", std::string(to_string(spec.period))},
      {"first_day", iso_date(spec.range.first)},
      {"last_day", iso_date(spec.range.last)},
      {"periods", content.periods},
      {"suppression",
       {{"threshold", kSmallCellThreshold},
        {"rule", "Every count from 1 to 10, totals included, is suppressed (null), and further counts are "
                 "suppressed so that no row or column, totals included, has exactly one suppressed count."}}},
      {"notes",
       {"Counts of anonymous site statistics: no person is named, identified or counted individually.",
        "Visitors are visitor-days: the distinct visitors of each day summed over the days of the period."}},
      {"tables", nlohmann::json::array()},
  };
  for (auto& t : content.tables) {
    const std::size_t rows = t.table.rows, cols = t.table.cols;
    nlohmann::json table = {{"dimension", t.dimension}, {"unit", t.unit}, {"rows", nlohmann::json::array()}};
    for (std::size_t r = 0; r <= rows; ++r) {
      nlohmann::json counts = nlohmann::json::array(), suppressed = nlohmann::json::array();
      for (std::size_t c = 0; c < cols; ++c) {
        counts.push_back(count_json(t.table, r, c));
        suppressed.push_back(t.table.is_suppressed(r, c));
      }
      nlohmann::json line = {{"counts", counts},
                             {"suppressed", suppressed},
                             {"total", count_json(t.table, r, cols)},
                             {"total_suppressed", t.table.is_suppressed(r, cols)}};
      if (r < rows) {
        line["value"] = t.values[r];
        table["rows"].push_back(std::move(line));
      } else {
        table["totals"] = std::move(line);
      }
    }
    doc["tables"].push_back(std::move(table));
  }
  return doc.dump(2) + "\n";
}

std::string sha256_hex(std::string_view bytes) {
  unsigned char digest[crypto_hash_sha256_BYTES];
  crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
  char hex[crypto_hash_sha256_BYTES * 2 + 1];
  sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
  return hex;
}

Result<ExportFile> create_export(db::Database& db, const Clock& clock, std::int64_t staff_id, const ExportSpec& spec) {
  const std::int64_t now = clock.now();
  return db.transaction([&](db::Connection& conn) -> Result<ExportFile> {
    HANSE_TRY(auto counts, day_counts(conn, spec.range));
    const auto content = build_export(spec, counts);
    ExportFile file;
    const bool csv = spec.format == ExportFormat::csv;
    file.body = csv ? export_csv(content) : export_json(content);
    file.content_type = csv ? "text/csv; charset=utf-8" : "application/json";
    file.sha256 = sha256_hex(file.body);
    const std::string format = csv ? "csv" : "json";
    const db::Value params[] = {now, staff_id, spec.recipient, std::string(to_string(spec.period)),
                                spec.range.first, spec.range.last, format, file.sha256};
    HANSE_TRY(auto row, conn.query_one("INSERT INTO stats_exports (created_at, staff_id, recipient, period, "
                                       "first_day, last_day, format, sha256) "
                                       "VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
                                       params));
    file.id = row.integer(0);
    file.filename = fmt::format("hanse-statistics-{}-{}-{}.{}", to_string(spec.period), iso_date(spec.range.first),
                                iso_date(spec.range.last), format);
    const audit::AuditLog audit;
    HANSE_TRY_STATUS(audit.append(
        conn, audit::staff_event(now, staff_id, "stats.export", fmt::format("stats_export:{}", file.id),
                                 {{"period", std::string(to_string(spec.period))},
                                  {"first_day", iso_date(spec.range.first)},
                                  {"last_day", iso_date(spec.range.last)},
                                  {"format", format},
                                  {"sha256", file.sha256}})));
    return file;
  });
}

Result<std::vector<ExportRecord>> list_exports(db::Connection& conn, int limit) {
  const db::Value params[] = {static_cast<std::int64_t>(limit)};
  HANSE_TRY(auto rows, conn.query("SELECT id, created_at, staff_id, recipient, period, first_day, last_day, format, sha256 "
                                  "FROM stats_exports ORDER BY created_at DESC, id DESC LIMIT $1",
                                  params));
  std::vector<ExportRecord> out;
  for (auto& r : rows) {
    out.push_back({r.integer(0), r.integer(1), r.integer(2), r.text(3), r.text(4), r.integer(5), r.integer(6),
                   r.text(7), r.text(8)});
  }
  return out;
}

}  // namespace hanse::stats
