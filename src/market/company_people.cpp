// A member's public profile (P-12): the name and title they chose to show
// with their company. Both columns are published by the policy's
// public-information clause; nothing else of the member is read here.
#include "market/company.h"
#include "market/membership.h"

namespace hanse::market {

using db::Value;

Result<std::optional<PublicProfile>> load_public_profile(db::Connection& conn,
                                                         std::int64_t member_id) {
  const Value id[] = {member_id};
  HANSE_TRY(auto row, conn.query_optional(
      "SELECT id, public_name, public_title, policy_version FROM members WHERE id = $1", id));
  if (!row) return std::optional<PublicProfile>{};
  PublicProfile profile{row->integer(0), row->text(1), row->text(2),
                        static_cast<int>(row->integer(3)), std::nullopt};
  HANSE_TRY(auto membership, membership_of(conn, member_id));
  if (membership) profile.company_id = membership->company_id;
  return std::optional<PublicProfile>{std::move(profile)};
}

Status save_public_profile(db::Connection& conn, std::int64_t member_id,
                           const std::string& public_name, const std::string& public_title) {
  const Value params[] = {member_id, public_name, public_title};
  HANSE_TRY(auto changed, conn.execute(
      "UPDATE members SET public_name = $2, public_title = $3 WHERE id = $1", params));
  if (changed != 1) return fail(ErrorKind::not_found, "There is no such member.");
  return {};
}

}  // namespace hanse::market
