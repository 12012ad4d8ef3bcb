// Exports of aggregate statistics for third parties (SPEC P-10): for a named
// recipient, whole periods (days, ISO weeks or calendar months, never an
// arbitrary range, so that two overlapping exports cannot be subtracted to
// reveal a suppressed cell), only periods that have ended (so that the same
// period exported twice gives the same counts), as CSV or JSON. Every
// dimension is a table of values x periods with row, column and grand
// totals, small cells suppressed (stats/small_cells.h). Each export is
// recorded in stats_exports with the SHA-256 of the bytes handed out and
// audited as "stats.export".
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/clock.h"
#include "core/result.h"
#include "db/database.h"
#include "stats/aggregates.h"
#include "stats/days.h"
#include "stats/small_cells.h"

namespace hanse::stats {

inline constexpr std::size_t kMinRecipient = 2;
inline constexpr std::size_t kMaxRecipient = 200;

enum class ExportFormat { csv, json };

// What the form sent, as typed.
struct ExportInput {
  std::string recipient;
  std::string period;  // day | week | month
  std::string start;   // YYYY-MM-DD: a day of the first period
  std::string count;   // whole periods
  std::string format;  // csv | json
};

struct ExportSpec {
  std::string recipient;  // trimmed
  Period period = Period::month;
  int count = 1;
  DayRange range;  // whole periods
  ExportFormat format = ExportFormat::csv;
};

// The most periods of each kind in one export.
int max_periods(Period period);

// Field -> message ("recipient", "period", "start", "count", "format").
using ExportErrors = std::map<std::string, std::string>;

// The export the input asks for, or the errors to show. today: the day of
// the site's clock; the last period must have ended before it.
struct CheckedExport {
  std::optional<ExportSpec> spec;
  ExportErrors errors;
};
CheckedExport check_export(const ExportInput& input, Day today);

// One dimension's table, before and after suppression.
struct ExportTable {
  std::string dimension;
  std::string unit;                 // what its counts count
  std::vector<std::string> values;  // the rows ('' for requests, views and visitors)
  SuppressedTable table;            // values x periods, extended with totals
};

struct ExportContent {
  ExportSpec spec;
  std::vector<std::string> periods;  // labels, in order
  std::vector<ExportTable> tables;   // dimensions with data only
};

// Builds the tables of spec from counts (day_counts over spec.range).
ExportContent build_export(const ExportSpec& spec, const std::vector<DayCount>& counts);

// The file. CSV: "dimension,unit,kind,value,period,count,suppressed" and one
// line per entry of every table (kind: cell, value_total, period_total,
// grand_total); a suppressed count is empty with suppressed "true". JSON:
// the same tables, suppressed counts null. No data: the header only, or
// "tables": [].
std::string export_csv(const ExportContent& content);
std::string export_json(const ExportContent& content);

// SHA-256 of bytes, lower-case hex.
std::string sha256_hex(std::string_view bytes);

struct ExportFile {
  std::int64_t id = 0;
  std::string body;
  std::string content_type;
  std::string filename;
  std::string sha256;
};

// Reads the counts, writes the file, records it and audits it, in one
// transaction. Errors: whatever the database reports.
Result<ExportFile> create_export(db::Database& db, const Clock& clock, std::int64_t staff_id,
                                 const ExportSpec& spec);

struct ExportRecord {
  std::int64_t id = 0;
  std::int64_t created_at = 0;
  std::int64_t staff_id = 0;  // the staff member's number (their address is personal data)
  std::string recipient;
  std::string period;
  Day first_day = 0;
  Day last_day = 0;
  std::string format;
  std::string sha256;
};

// The most recent exports, newest first.
Result<std::vector<ExportRecord>> list_exports(db::Connection& conn, int limit);

}  // namespace hanse::stats
