// Convenience queries shared by every Connection implementation.
#include "db/database.h"

namespace hanse::db {

Result<Row> Connection::query_one(std::string_view sql, Params params) {
  HANSE_TRY(Rows rows, query(sql, params));
  if (rows.empty()) return fail(ErrorKind::not_found, "no row found");
  return std::move(rows.front());
}

Result<std::optional<Row>> Connection::query_optional(std::string_view sql, Params params) {
  HANSE_TRY(Rows rows, query(sql, params));
  if (rows.empty()) return std::optional<Row>{};
  return std::optional<Row>{std::move(rows.front())};
}

}  // namespace hanse::db
