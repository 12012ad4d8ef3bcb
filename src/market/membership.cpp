#include "market/membership.h"

namespace hanse::market {

Result<std::optional<Membership>> membership_of(db::Connection& conn, std::int64_t member_id) {
  const db::Value params[] = {member_id};
  HANSE_TRY(auto row, conn.query_optional(
                          "SELECT company_id, role FROM company_members WHERE member_id = $1", params));
  if (!row) return std::optional<Membership>{};
  return std::optional<Membership>{Membership{row->integer(0), row->text(1) == "owner"}};
}

Result<bool> is_member_of(db::Connection& conn, std::int64_t member_id, std::int64_t company_id) {
  HANSE_TRY(auto membership, membership_of(conn, member_id));
  return membership && membership->company_id == company_id;
}

}  // namespace hanse::market
