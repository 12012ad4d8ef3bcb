#include "accounts/member_ids.h"

namespace hanse::accounts {

std::string_view new_member_id_sql(const db::Connection& conn) {
  if (conn.backend() == db::Backend::postgres) return "nextval('members_id_seq')";
  return "(SELECT MAX(v) + 1 FROM (SELECT COALESCE(MAX(id), 0) AS v FROM members"
         " UNION ALL SELECT COALESCE(MAX(member_id), 0) FROM erasures))";
}

}  // namespace hanse::accounts
