// "A column holds a value" as SQL for either backend, case-insensitively:
// the searches of erasure's redaction and self-check (rights/identifiers.h).
#pragma once

#include <string>
#include <string_view>

#include "db/database.h"

namespace hanse::rights {

// SQL true when `column` (any type, read as text) holds parameter $n:
// anywhere in it, or (whole) as its entire value.
std::string holds_sql(const db::Connection& conn, std::string_view column, int n, bool whole);

}  // namespace hanse::rights
