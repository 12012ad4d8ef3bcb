#include "rights/company_handover.h"

#include "audit/audit_log.h"

namespace hanse::rights {

using db::Value;

Result<std::vector<std::int64_t>> hand_over_companies(db::Connection& conn, std::int64_t member_id,
                                                      std::int64_t now) {
  const Value id[] = {member_id};
  HANSE_TRY(auto owned, conn.query(
                            "SELECT cm.company_id, (SELECT o.member_id FROM company_members o"
                            " WHERE o.company_id = cm.company_id AND o.member_id <> $1"
                            " ORDER BY o.joined_at, o.member_id LIMIT 1)"
                            " FROM company_members cm WHERE cm.member_id = $1 AND cm.role = 'owner'",
                            id));
  std::vector<std::int64_t> handed;
  for (auto& row : owned) {
    auto heir = row.optional_integer(1);
    if (!heir) continue;  // no one else: the company goes with the member
    const Value params[] = {row.integer(0), *heir};
    HANSE_TRY(auto changed, conn.execute("UPDATE company_members SET role = 'owner'"
                                         " WHERE company_id = $1 AND member_id = $2",
                                         params));
    (void)changed;
    HANSE_TRY_STATUS(audit::AuditLog{}.append(
        conn, audit::system_event(now, "company.owner_changed", "member:" + std::to_string(*heir),
                                  {{"company_id", row.integer(0)},
                                   {"reason", "previous owner's account erased"}})));
    handed.push_back(row.integer(0));
  }
  return handed;
}

}  // namespace hanse::rights
