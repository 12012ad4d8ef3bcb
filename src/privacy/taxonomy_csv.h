// A small RFC 4180 reader for the vendored taxonomy files (policy/taxonomy/):
// comma-separated, double-quoted fields that may hold commas, doubled quotes
// and line breaks; the first line names the columns.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace hanse::privacy {

using CsvRow = std::map<std::string, std::string, std::less<>>;  // column -> value

// Parses text into one map per data line, keyed by the header's column names.
// Errors: invalid_input naming source and line for an unterminated quote, a
// line with more fields than the header, or an empty file.
Result<std::vector<CsvRow>> read_csv_table(std::string_view text, std::string_view source);

}  // namespace hanse::privacy
