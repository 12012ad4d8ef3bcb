#include "rights/identifiers.h"

#include <map>

#include <fmt/format.h>

#include "privacy/data_map.h"
#include "privacy/inventory.h"
#include "rights/text_match.h"

namespace hanse::rights {
namespace {

using db::Value;

constexpr std::size_t kSubstringMinimum = 4;

std::string quoted(std::string_view name) { return fmt::format("\"{}\"", name); }

}  // namespace

Result<Captured> capture_identifiers(db::Connection& conn, std::int64_t member_id) {
  const Value id[] = {member_id};
  HANSE_TRY(auto row, conn.query_optional(
                          "SELECT email, phone, name, address, company_address FROM members WHERE id = $1",
                          id));
  if (!row) return fail(ErrorKind::not_found, "no such member");
  Captured c;
  c.email = row->text(0);
  const char* what[] = {"e-mail", "phone", "name", "postal address", "company address"};
  for (std::size_t i = 0; i < 5; ++i)
    if (!row->text(i).empty()) c.identifiers.push_back({what[i], row->text(i)});
  // The member's company's address, when the company goes with them.
  HANSE_TRY(auto company, conn.query_optional(
                              "SELECT c.address FROM companies c JOIN company_members cm"
                              " ON cm.company_id = c.id WHERE cm.member_id = $1 AND NOT EXISTS"
                              " (SELECT 1 FROM company_members o WHERE o.company_id = c.id"
                              " AND o.member_id <> $1)",
                              id));
  if (company && !company->text(0).empty())
    c.identifiers.push_back({"company profile address", company->text(0)});
  return c;
}

Result<std::vector<Identifier>> own_identifiers(db::Connection& conn,
                                                const std::vector<Identifier>& identifiers) {
  std::vector<Identifier> own;
  for (const auto& i : identifiers) {
    // An e-mail address is unique to its member.
    if (i.what == "e-mail") {
      own.push_back(i);
      continue;
    }
    const Value v[] = {i.value};
    HANSE_TRY(auto shared, conn.query_one(
                               "SELECT (SELECT COUNT(*) FROM members WHERE lower(name) = lower(CAST($1 AS TEXT))"
                               " OR lower(phone) = lower(CAST($1 AS TEXT))"
                               " OR lower(address) = lower(CAST($1 AS TEXT))"
                               " OR lower(company_address) = lower(CAST($1 AS TEXT)))"
                               " + (SELECT COUNT(*) FROM companies WHERE lower(name) = lower(CAST($1 AS TEXT))"
                               " OR lower(address) = lower(CAST($1 AS TEXT)))",
                               v));
    if (shared.integer(0) == 0) own.push_back(i);
  }
  return own;
}

Status redact(db::Connection& conn, const std::vector<Identifier>& identifiers) {
  for (const auto& rule : privacy::data_map()) {
    for (auto column : rule.redact) {
      for (const auto& i : identifiers) {
        if (i.value.size() < kSubstringMinimum) continue;
        const Value params[] = {like_pattern(i.value), i.value, std::string(privacy::kRedacted)};
        HANSE_TRY(auto changed,
                  conn.execute(fmt::format("UPDATE {0} SET {1} = REPLACE({1}, CAST($2 AS TEXT),"
                                           " CAST($3 AS TEXT)) WHERE {2}",
                                           rule.table, column, holds_sql(conn, column, 1)),
                               params));
        (void)changed;
      }
    }
  }
  return {};
}

Result<std::vector<std::string>> find_identifiers(db::Connection& conn,
                                                  const std::vector<Identifier>& identifiers) {
  std::vector<std::string> found;
  if (identifiers.empty()) return found;
  HANSE_TRY(auto tables, text_columns(conn));
  // A short identifier is looked for as a whole value only (it would be
  // found inside unrelated words).
  auto pattern = [](const Identifier& i) {
    return i.value.size() < kSubstringMinimum ? i.value : like_pattern(i.value);
  };
  std::vector<Value> params;
  for (const auto& i : identifiers) params.emplace_back(pattern(i));
  for (const auto& [table, columns] : tables) {
    // One scan per table; the columns are named only when it finds something.
    std::string any;
    for (const auto& column : columns)
      for (std::size_t n = 0; n < identifiers.size(); ++n)
        any += fmt::format("{}{}", any.empty() ? "" : " OR ",
                           holds_sql(conn, quoted(column), static_cast<int>(n + 1)));
    HANSE_TRY(auto hit, conn.query_one(
                            fmt::format("SELECT COUNT(*) FROM {} WHERE {}", quoted(table), any), params));
    if (hit.integer(0) == 0) continue;
    for (const auto& column : columns) {
      for (std::size_t n = 0; n < identifiers.size(); ++n) {
        const Value one[] = {pattern(identifiers[n])};
        HANSE_TRY(auto row, conn.query_one(fmt::format("SELECT COUNT(*) FROM {} WHERE {}", quoted(table),
                                                       holds_sql(conn, quoted(column), 1)),
                                           one));
        if (row.integer(0) > 0) found.push_back(fmt::format("{}.{} ({})", table, column, identifiers[n].what));
      }
    }
  }
  return found;
}

}  // namespace hanse::rights
