// A member's own request to erase their account (P-15): their password
// and an explicit confirmation, checked before anything is deleted.
#pragma once

#include <cstdint>
#include <string>

#include "accounts/registration.h"
#include "core/result.h"
#include "db/database.h"

namespace hanse::rights {

// Field errors ("password": not their current password; "confirm": the
// confirmation box is not ticked); empty when the request may go ahead.
// CPU-heavy (Argon2id): route it as Work::cpu. Errors: not_found when
// there is no such member; the database's.
Result<accounts::FieldErrors> check_erasure_request(db::Database& db, std::int64_t member_id,
                                                    const std::string& password, bool confirmed);

}  // namespace hanse::rights
