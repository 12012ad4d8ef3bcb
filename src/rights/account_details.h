// Correcting the details a member gave at registration (P-15): name,
// e-mail address, phone, postal address, country, company name and address,
// checked by the registration rules (accounts/registration.h).
#pragma once

#include <cstdint>
#include <string_view>

#include "accounts/member.h"
#include "accounts/registration.h"
#include "audit/audit_log.h"
#include "core/result.h"
#include "db/database.h"

namespace hanse::rights {

// Normalises `fields` in place as registration does and, when they are
// valid, the e-mail address is no other account's and, if the address
// changes, current_password is the member's password (the address signs in
// and receives password resets, so a borrowed session alone cannot take the
// account), stores them on the member's record and appends member.details_corrected (the names of the
// changed fields, never their values) to the audit log. Run it in a
// transaction. Returns the field errors (empty: saved); nothing is stored
// when there are any. Errors: not_found for an unknown member; database
// errors pass on.
Result<accounts::FieldErrors> correct_account_details(db::Connection& conn, const audit::AuditLog& audit,
                                                      std::int64_t member_id,
                                                      accounts::MemberFields& fields,
                                                      std::string_view current_password, std::int64_t now);

}  // namespace hanse::rights
