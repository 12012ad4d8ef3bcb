#include "rights/text_match.h"

#include <fmt/format.h>

#include "privacy/inventory.h"

namespace hanse::rights {

std::string holds_sql(const db::Connection& conn, std::string_view column, int n) {
  if (conn.backend() == db::Backend::sqlite)
    return fmt::format("{} LIKE ${} ESCAPE '\\'", column, n);
  return fmt::format("CAST({} AS TEXT) ILIKE CAST(${} AS TEXT) ESCAPE '\\'", column, n);
}

std::string like_pattern(std::string_view value) {
  std::string out = "%";
  for (char c : value) {
    if (c == '%' || c == '_' || c == '\\') out += '\\';
    out += c;
  }
  return out + "%";
}

Result<std::map<std::string, std::vector<std::string>>> text_columns(db::Connection& conn) {
  // The schema's declared types; every column of privacy::live_columns is
  // searched unless its type is a number.
  HANSE_TRY(auto typed, conn.query(
                            conn.backend() == db::Backend::sqlite
                                ? "SELECT t.name, p.name, upper(p.type) FROM pragma_table_list t,"
                                  " pragma_table_info(t.name) p WHERE t.schema = 'main'"
                                : "SELECT table_name, column_name, upper(data_type)"
                                  " FROM information_schema.columns WHERE table_schema = 'public'"));
  std::map<std::string, std::string> type_of;
  for (auto& r : typed) type_of[r.text(0) + "." + r.text(1)] = r.text(2);
  HANSE_TRY(auto live, privacy::live_columns(conn));
  std::map<std::string, std::vector<std::string>> out;
  for (auto& c : live) {
    const auto& type = type_of[c.table + "." + c.column];
    bool number = type.find("INT") != std::string::npos || type == "REAL" ||
                  type == "DOUBLE PRECISION" || type == "NUMERIC";
    if (!number) out[c.table].push_back(c.column);
  }
  return out;
}

}  // namespace hanse::rights
