#include "accounts/member_store.h"

#include <fmt/format.h>

#include "accounts/member_ids.h"

namespace hanse::accounts {

using db::Value;

Result<std::int64_t> insert_member(db::Connection& conn, const MemberFields& f,
                                   const std::string& password_hash, std::int64_t now,
                                   const Pinning& pinning) {
  const Value params[] = {f.email,         f.name, f.phone, f.address, f.country,
                          f.company_name,  f.company_address, password_hash, now,
                          pinning.policy_version, pinning.collected_on};
  // Never an erased member's id (accounts/member_ids.h).
  HANSE_TRY(auto row, conn.query_one(
      fmt::format("INSERT INTO members (id, email, name, phone, address, country, company_name,"
                  " company_address, password_hash, created_at, updated_at, policy_version, collected_on)"
                  " VALUES ({}, $1, $2, $3, $4, $5, $6, $7, $8, $9, $9, $10, $11) RETURNING id",
                  new_member_id_sql(conn)),
      params));
  return row.integer(0);
}

Result<std::optional<Member>> find_member(db::Connection& conn, std::int64_t id) {
  const Value params[] = {id};
  HANSE_TRY(auto row, conn.query_optional(
      "SELECT id, email, name, phone, address, country, company_name, company_address, created_at,"
      " policy_version, collected_on FROM members WHERE id = $1", params));
  if (!row) return std::optional<Member>{};
  return Member{row->integer(0), row->text(1),    row->text(2),     row->text(3),
                row->text(4),    row->text(5),    row->text(6),     row->text(7),
                row->integer(8), row->integer(9), row->text(10)};
}

Result<std::optional<Credentials>> find_credentials_by_email(db::Connection& conn,
                                                             const std::string& email) {
  const Value params[] = {email};
  HANSE_TRY(auto row, conn.query_optional("SELECT id, password_hash FROM members WHERE email = $1",
                                          params));
  if (!row) return std::optional<Credentials>{};
  return Credentials{row->integer(0), row->text(1)};
}

Result<std::optional<std::string>> find_password_hash(db::Connection& conn, std::int64_t member_id) {
  const Value params[] = {member_id};
  HANSE_TRY(auto row, conn.query_optional("SELECT password_hash FROM members WHERE id = $1", params));
  if (!row) return std::optional<std::string>{};
  return row->text(0);
}

Status update_password_hash(db::Connection& conn, std::int64_t member_id,
                            const std::string& password_hash, std::int64_t now) {
  const Value params[] = {password_hash, now, member_id};
  HANSE_TRY(auto changed, conn.execute(
      "UPDATE members SET password_hash = $1, updated_at = $2 WHERE id = $3", params));
  if (changed == 0) return fail(ErrorKind::not_found, "no such member");
  return {};
}

}  // namespace hanse::accounts
