// A member's contact choices (SPEC P-11): e-mail about new services,
// promotions and the newsletter, contact by post and by phone. Each choice
// is the latest consent ledger row of kind marketing for its what; until
// the member chose, the default comes from the marketing-email clause of
// the policy version their record was collected under
// (members.policy_version): opt-out allows until they say no, opt-in
// (or no such clause) not until they say yes.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "db/database.h"
#include "marketing/topics.h"
#include "privacy/consent_ledger.h"
#include "privacy/policy.h"

namespace hanse::marketing {

// The policy clause that governs marketing contact, and its purpose.
inline constexpr std::string_view kMarketingClause = "marketing-email";
inline constexpr std::string_view kMarketingPurpose = "marketing.communications";
// The ledger's source for a choice made through a mail's unsubscribe link.
inline constexpr std::string_view kUnsubscribeSource = "unsubscribe link";

// Whether contact is allowed before the member chose, under policy
// version `version`: true only when its marketing-email clause is opt-out.
bool default_allowed(const privacy::PolicyBook& policy, int version);

struct ContactChoice {
  std::string what;        // Channel::what
  std::string label;       // Channel::label
  bool allowed = false;    // what applies now
  bool chosen = false;     // the member chose (false: the default applies)
  std::int64_t given_at = 0;
  std::string source;      // where they chose ("/account/messages", "unsubscribe link")
};

struct ContactChoices {
  int policy_version = 0;
  bool default_allowed = false;
  std::vector<ContactChoice> items;  // one per channel, in channels() order

  // Whether contact on `what` is allowed (false for an unknown what).
  bool allows(std::string_view what) const;
  bool allows(Topic topic) const { return allows(ledger_what(topic)); }
};

// The choices as the ledger and the defaults give them (pure).
ContactChoices resolve_choices(const privacy::CurrentChoices& current, int policy_version,
                               bool default_allowed);

// The member's choices, read for the member or applied for them (their
// page; a campaign honouring them). Errors: not_found for an unknown
// member; database errors pass on.
Result<ContactChoices> contact_choices(db::Connection& conn, const privacy::PolicyBook& policy,
                                       std::int64_t member_id);

struct ChoiceChange {
  std::string what;
  bool allowed = false;
};

// Records, for each what in `wanted` whose value differs from what
// applies now, a consent ledger row (kind marketing, granted or denied,
// `source`), and one audit entry consent.changed naming them. The guard
// decides marketing reads by the marketing-email clause as a whole, so
// the clause's own answer (kind clause) follows: granted while any channel
// is allowed, denied when none is, recorded when that differs from what
// the clause's choice (opt-in, opt-out) makes of the ledger now. Runs on
// conn, inside the caller's transaction. Returns the changes (empty: none).
// Errors: invalid_input for a what that is not a channel; not_found for an
// unknown member; database errors pass on.
Result<std::vector<ChoiceChange>> record_choices(db::Connection& conn,
                                                 const privacy::PolicyBook& policy,
                                                 std::int64_t member_id,
                                                 const std::map<std::string, bool>& wanted,
                                                 std::string_view source, std::int64_t now);

}  // namespace hanse::marketing
