// Staff views of a member's data (S-1): the support page's lookup, which
// shows a member's personal data only for a purpose the policy allows for
// it, and the member's own list of those views, allowed and refused.
//
// Allowed views are read and logged by the guard (staff_access_log);
// refused ones (no purpose, an unknown purpose, or one no clause of the
// member's policy version allows for a field shown) are written to
// staff_refusals. Both are listed to the member by staff_views_of().
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/clock.h"
#include "core/result.h"
#include "db/database.h"
#include "privacy/guard.h"
#include "privacy/policy.h"

namespace hanse::privacy {

// Longest accepted form values (a field error beyond, nothing stored).
constexpr std::size_t kMaxLookupQuery = 254;
constexpr std::size_t kMaxViewReason = 500;
constexpr std::size_t kMaxPurposeKey = 100;

// The fields the support page shows: the member's contact and account data.
const std::vector<std::string>& support_view_fields();

// The purpose keys a staff member can choose from: every purpose some
// clause of `version` names, in document order, without repeats.
std::vector<std::string> policy_purposes(const PolicyVersion& version);

// What the support page asked: the member (an id, or an e-mail address),
// the purpose key and the reason in words (shown to the member).
struct ViewRequest {
  std::int64_t staff_id = 0;
  std::string query;
  std::string purpose;
  std::string reason;
};

// field -> message, for the form ("query", "purpose", "reason").
using ViewErrors = std::map<std::string, std::string>;

// The result of a view: field errors (nothing stored, nothing shown), no
// member found, a refusal (logged in staff_refusals), or the values read
// through the guard (logged in staff_access_log).
struct ViewOutcome {
  ViewErrors errors;
  bool not_found = false;
  std::optional<Refusal> refusal;
  std::int64_t member_id = 0;  // set when values are
  PersonalValues values;
};

// Validates the request (lengths; query present), finds the member (an id,
// or an exact e-mail address through Guard::find_member), and reads
// support_view_fields() through the guard for the purpose, all in one
// transaction: the log entry (access or refusal) commits with it.
// Errors: database errors pass on (nothing is logged then).
Result<ViewOutcome> view_member(db::Database& db, const Guard& guard, const Clock& clock,
                                const ViewRequest& request);

// One staff view of a member's data, as the member sees it.
struct StaffView {
  std::string who;       // "support staff member #3": the role and a reference, never a name
  std::int64_t at = 0;   // Unix seconds
  std::string purpose;   // the purpose key ("" when none was given)
  std::string fields;    // comma-separated "table.column" names
  std::string reason;    // the stated reason (allowed views)
  bool refused = false;
  std::string refusal;   // why it was refused
};

// Every staff view of the member's data, allowed and refused, newest first.
// Opens an OwnerRead (the member's own list, for their data page).
// Errors: database errors pass on.
Result<std::vector<StaffView>> staff_views_of(db::Connection& conn, std::int64_t member_id);

}  // namespace hanse::privacy
