// Which company a member belongs to (M-2: one at most), the question
// behind every "may this member change this listing" check.
#pragma once

#include <cstdint>
#include <optional>

#include "core/result.h"
#include "db/database.h"

namespace hanse::market {

struct Membership {
  std::int64_t company_id = 0;
  bool owner = false;
};

// The member's company, or nullopt. Errors: whatever the database reports.
Result<std::optional<Membership>> membership_of(db::Connection& conn, std::int64_t member_id);

// Whether member_id belongs to company_id. Errors: database errors.
Result<bool> is_member_of(db::Connection& conn, std::int64_t member_id, std::int64_t company_id);

}  // namespace hanse::market
