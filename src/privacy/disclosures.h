// Disclosures of a member's data (P-13). Compliance staff record each one:
// the member, the data categories, the recipient, the basis, whether notice
// to the member is withheld (and why) and the demand's reference. The
// package handed over is produced through the guard for the purpose of a
// legal obligation (kDisclosurePurpose), with a list of what it contains;
// the record and every change to it go to the audit log (S-2).
//
// The member sees each disclosure (disclosures_visible_to) unless notice is
// withheld, and from the moment the withholding is lifted. The public
// transparency page counts disclosures per basis and quarter, withheld ones
// included (a count names no one).
//
// The package is read with the system as the guard's actor: a staff read
// would be listed among the member's staff views at once and so tell the
// member of a disclosure whose notice is withheld. The disclosure record,
// with the staff member who made it, is that read's log instead.
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/clock.h"
#include "core/result.h"
#include "db/database.h"
#include "privacy/guard.h"
#include "privacy/policy.h"

namespace hanse::privacy {

// The purpose every package is read for (a fideslang data use key).
inline constexpr std::string_view kDisclosurePurpose = "third_party_sharing.legal_obligation";

enum class Basis {
  dispute,
  investigation,
  terms_enforcement,
  infringement,
  subpoena,
  court_order,
  law,
  regulator,
};

// Every basis, in the order pages list them.
const std::array<Basis, 8>& all_bases();
// "dispute", "terms-enforcement", "court-order", ... (stored and in forms).
std::string_view to_string(Basis basis);
// In words: "Court order".
std::string_view basis_label(Basis basis);
// nullopt for anything but one of the codes above.
std::optional<Basis> parse_basis(std::string_view code);

// Longest accepted form values (a field error beyond, nothing stored).
constexpr std::size_t kMaxRecipient = 200;
constexpr std::size_t kMaxReference = 100;
constexpr std::size_t kMaxWithheldReason = 500;
constexpr std::size_t kMaxMemberRef = 20;

// The data categories a package may hold under policy `version`: the
// categories of its clauses that name kDisclosurePurpose (or a narrower
// key), in order; a clause allowing all third-party sharing does not count.
std::vector<std::string> disclosable_categories(const PolicyVersion& version);

// What the compliance form sends, as typed.
struct DisclosureInput {
  std::string member;  // the member number
  std::vector<std::string> categories;
  std::string recipient;
  std::string basis;
  bool notice_withheld = false;
  std::string withheld_reason;
  std::string reference;
};

// field -> message ("member", "categories", "recipient", "basis",
// "withheld_reason", "reference").
using DisclosureErrors = std::map<std::string, std::string>;

struct RecordOutcome {
  DisclosureErrors errors;  // non-empty: nothing was stored
  std::int64_t id = 0;
};

// Validates the input against `version` (the policy in force: its
// disclosable categories), produces the package through the guard (to
// check it can be, and to record its contents and digest), stores the
// record and its audit entry, in one transaction.
// Errors: database errors pass on; everything the staff member can fix is
// a field error.
Result<RecordOutcome> record_disclosure(db::Database& db, const Guard& guard, const Clock& clock,
                                        const PolicyVersion& version, std::int64_t staff_id,
                                        const DisclosureInput& input);

struct Disclosure {
  std::int64_t id = 0;
  std::int64_t member_id = 0;
  std::int64_t staff_id = 0;
  std::vector<std::string> categories;
  std::string recipient;
  Basis basis = Basis::dispute;
  bool notice_withheld = false;
  std::string withheld_reason;
  std::string reference;
  nlohmann::json contents;  // [{"field", "category", "rows"}]
  std::string package_sha256;
  std::int64_t disclosed_at = 0;
  std::optional<std::int64_t> lifted_at;
};

// Every disclosure, newest first (the compliance list).
Result<std::vector<Disclosure>> list_disclosures(db::Connection& conn);
// One disclosure. Errors: not_found.
Result<Disclosure> find_disclosure(db::Connection& conn, std::int64_t id);

// The disclosures the member may see, newest first: all but those whose
// notice is withheld and not lifted.
Result<std::vector<Disclosure>> disclosures_visible_to(db::Connection& conn, std::int64_t member_id);

// Lifts the withholding of notice: the member sees the disclosure from now
// on. Audited. Errors: not_found; conflict when notice was not withheld or
// is lifted already.
Status lift_withholding(db::Database& db, const Clock& clock, std::int64_t staff_id,
                        std::int64_t id);

// The package of disclosure `id` for a staff download: the record, what it
// contains, and the data read now through the guard for kDisclosurePurpose
// ("same_as_disclosed" says whether it matches the digest recorded).
// Audited. Errors: not_found (also once the member is gone); forbidden when
// the guard refuses.
Result<nlohmann::json> disclosure_package(db::Database& db, const Guard& guard, const Clock& clock,
                                          std::int64_t staff_id, std::int64_t id);

// Counts for the public transparency page: per quarter ("2026-Q4"), newest
// first, the number of disclosures per basis code.
struct QuarterCounts {
  std::string quarter;
  std::map<std::string, int> by_basis;
  int total = 0;
};
Result<std::vector<QuarterCounts>> transparency_counts(db::Connection& conn);

// "2026-Q4" for a Unix time.
std::string quarter_of(std::int64_t unix_seconds);

}  // namespace hanse::privacy
