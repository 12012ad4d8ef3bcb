// Searching text in every column for either backend, case-insensitively:
// erasure's redaction and self-check (rights/identifiers.h).
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "db/database.h"

namespace hanse::rights {

// SQL true when `column` (read as text) holds the value whose pattern is
// parameter $n (see like_pattern): anywhere in it, case-insensitively
// (SQLite LIKE, PostgreSQL ILIKE; no copy of the column is made).
std::string holds_sql(const db::Connection& conn, std::string_view column, int n);

// The LIKE pattern for "contains value": %value% with %, _ and \ escaped.
std::string like_pattern(std::string_view value);

// The columns of every table of the live schema that can hold text (not
// integers or floats: an identifier is never a bare number), by table.
// Errors: the database's.
Result<std::map<std::string, std::vector<std::string>>> text_columns(db::Connection& conn);

}  // namespace hanse::rights
