#include "rights/text_match.h"

#include <fmt/format.h>

namespace hanse::rights {

std::string holds_sql(const db::Connection& conn, std::string_view column, int n, bool whole) {
  if (whole) return fmt::format("lower(CAST({} AS TEXT)) = lower(CAST(${} AS TEXT))", column, n);
  if (conn.backend() == db::Backend::sqlite)
    return fmt::format("instr(lower(CAST({} AS TEXT)), lower(${})) > 0", column, n);
  return fmt::format("strpos(lower(CAST({} AS TEXT)), lower(CAST(${} AS TEXT))) > 0", column, n);
}

}  // namespace hanse::rights
