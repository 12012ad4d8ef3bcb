#include "privacy/taxonomy_csv.h"

#include <fmt/format.h>

namespace hanse::privacy {
namespace {

// Splits text into records of fields, honouring quotes.
Result<std::vector<std::vector<std::string>>> split_records(std::string_view text,
                                                           std::string_view source) {
  std::vector<std::vector<std::string>> records;
  std::vector<std::string> record;
  std::string field;
  bool quoted = false;
  bool any = false;  // the current record has content
  int line = 1;
  int quote_line = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        field += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        if (c == '\n') ++line;
        field += c;
      }
      continue;
    }
    switch (c) {
      case '"':
        quoted = true;
        quote_line = line;
        any = true;
        break;
      case ',':
        record.push_back(std::move(field));
        field.clear();
        any = true;
        break;
      case '\r':
        break;
      case '\n':
        ++line;
        if (any || !field.empty()) {
          record.push_back(std::move(field));
          records.push_back(std::move(record));
        }
        field.clear();
        record.clear();
        any = false;
        break;
      default:
        field += c;
        any = true;
    }
  }
  if (quoted)
    return fail(ErrorKind::invalid_input,
                fmt::format("{}:{}: quoted field is never closed", source, quote_line));
  if (any || !field.empty()) {
    record.push_back(std::move(field));
    records.push_back(std::move(record));
  }
  return records;
}

}  // namespace

Result<std::vector<CsvRow>> read_csv_table(std::string_view text, std::string_view source) {
  HANSE_TRY(auto records, split_records(text, source));
  if (records.empty()) return fail(ErrorKind::invalid_input, fmt::format("{}: empty file", source));
  const auto& header = records.front();
  std::vector<CsvRow> rows;
  rows.reserve(records.size() - 1);
  for (std::size_t r = 1; r < records.size(); ++r) {
    if (records[r].size() > header.size())
      return fail(ErrorKind::invalid_input,
                  fmt::format("{}: record {} has {} fields, the header {}", source, r + 1,
                              records[r].size(), header.size()));
    CsvRow row;
    for (std::size_t c = 0; c < header.size(); ++c)
      row[header[c]] = c < records[r].size() ? records[r][c] : std::string();
    rows.push_back(std::move(row));
  }
  return rows;
}

}  // namespace hanse::privacy
