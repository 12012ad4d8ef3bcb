// The postal mailing list for a campaign by post (SPEC P-11, optional):
// the site sends no paper mail itself; staff may export the names and
// postal addresses of members whose choice allows contact by post, read
// only through the privacy guard for marketing.communications (so never a
// member whose policy version or clause choice refuses it, nor a
// suppressed address). Each read is a staff read: the guard logs it in the
// staff access log, which the member sees on their account page.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/result.h"
#include "db/database.h"
#include "privacy/guard.h"
#include "privacy/policy.h"

namespace hanse::marketing {

struct PostalAddress {
  std::string name;
  std::string address;
  std::string country;
};

// Runs on conn, inside the caller's transaction (the guard's staff-access
// log entries commit with it). Errors: database errors.
Result<std::vector<PostalAddress>> postal_list(db::Connection& conn, const privacy::Guard& guard,
                                               const privacy::PolicyBook& policy, std::int64_t staff_id);

// RFC 4180 CSV with a header line "name,address,country"; every field is
// quoted, and one starting with = + - @ or a tab gets a leading ' so that a
// spreadsheet does not run it as a formula.
std::string postal_csv(const std::vector<PostalAddress>& list);

}  // namespace hanse::marketing
