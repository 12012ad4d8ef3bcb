// The id a new member gets. An erased member's id must never be given to
// someone else (P-15): their consent history and staff-access records are
// kept under it for a while, and audit entries name it for good.
// PostgreSQL's sequence never hands out an id twice; SQLite gives the
// highest rowid + 1, which after an erasure of the newest member is the
// erased id again, so it counts the erased ids (`erasures`) too.
#pragma once

#include <string_view>

#include "db/database.h"

namespace hanse::accounts {

// An SQL expression for the next member id, for INSERT INTO members.
std::string_view new_member_id_sql(const db::Connection& conn);

}  // namespace hanse::accounts
