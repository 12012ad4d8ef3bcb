// The consent ledger (P-7): an append-only record of what each member
// agreed to or refused, when, and where. Rows are never updated or
// deleted: a change of mind is a new row, and a member's current choices are
// derived from the ledger (the latest row per kind and what wins).
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "db/database.h"

namespace hanse::privacy {

enum class ConsentKind {
  policy_version,  // what: the version number ("1"); value: "accepted"
  marketing,       // what: the channel ("email", "mail", "phone"); value: granted | denied
  cookies,         // what: a cookie category ("statistics"); value: granted | denied
  recipient,       // what: a named recipient (partner); value: granted | denied
  clause,          // what: a policy clause id (opt-in / opt-out); value: granted | denied
};

const char* to_string(ConsentKind kind);
std::optional<ConsentKind> parse_consent_kind(std::string_view text);

struct ConsentEvent {
  std::int64_t id = 0;  // set by the ledger; ignored by record()
  std::int64_t member_id = 0;
  ConsentKind kind = ConsentKind::policy_version;
  std::string what;
  std::string value;
  std::int64_t given_at = 0;  // Unix seconds
  std::string source;         // the page or partner where it was given ("/register")
};

// The latest value given for one (kind, what).
struct GivenChoice {
  std::string value;
  std::int64_t given_at = 0;
  std::string source;
};

struct CurrentChoices {
  std::int64_t member_id = 0;
  // The highest policy version the member accepted; 0 when none.
  std::int64_t accepted_policy_version = 0;
  // Latest choice per what, for each of the other kinds.
  std::map<std::string, GivenChoice> marketing;
  std::map<std::string, GivenChoice> cookies;
  std::map<std::string, GivenChoice> recipients;
  std::map<std::string, GivenChoice> clauses;

  // The latest value for (kind, what), or nullopt when never given.
  // For policy_version, "accepted" when what <= accepted_policy_version.
  std::optional<std::string> value(ConsentKind kind, const std::string& what) const;
  // True only when the latest value for (kind, what) is "granted"
  // (or, for policy_version, the version was accepted).
  bool granted(ConsentKind kind, const std::string& what) const;
};

// Appends one event (its id is ignored). Values allowed: "accepted" for
// policy_version (what: a positive integer), "granted" or "denied" for the
// other kinds. Errors: invalid_input naming the field for an unknown value,
// an empty what or source, a non-positive member id or a bad version
// number; otherwise whatever the database reports.
Status record(db::Connection& conn, const ConsentEvent& event);

// The member's choices as the ledger stands (latest event per (kind, what)
// wins, ties broken by insertion order). A member with no rows gets empty
// choices. Errors: whatever the database reports.
Result<CurrentChoices> current_choices(db::Connection& conn, std::int64_t member_id);

// Every event of the member, oldest first (for their data page, P-15).
Result<std::vector<ConsentEvent>> history(db::Connection& conn, std::int64_t member_id);

}  // namespace hanse::privacy
