// A company outlives a member who erases their account when others belong
// to it (P-15): its ownership passes to the longest-standing of them.
#pragma once

#include <cstdint>
#include <vector>

#include "core/result.h"
#include "db/database.h"

namespace hanse::rights {

// For each company the member owns that has other members: makes the
// member with the earliest company_members.joined_at (then the lowest id)
// its owner, with a company.owner_changed audit entry. Run inside the
// erasure's transaction, before the member's rows go. Returns the ids of
// the companies handed over. Errors: the database's.
Result<std::vector<std::int64_t>> hand_over_companies(db::Connection& conn, std::int64_t member_id,
                                                      std::int64_t now);

}  // namespace hanse::rights
