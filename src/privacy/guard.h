// The privacy guard (P-2): the one door through which personal data is read
// for any purpose other than showing it to its owner.
//
// A read names the actor, the person, the fields ("members.email") and the
// purpose (a fideslang data use key). The guard allows it only when, for
// every field,
//   - the field is declared personal in the data inventory (unknown fields
//     are refused: the guard fails closed),
//   - a clause of the policy version the person's record was collected
//     under (members.policy_version) allows the purpose for the field's
//     category, and
//   - the person's choices permit it: an opt-out clause is refused once the
//     person opted out of it, an opt-in clause until they opted in.
// Staff reads are written to the staff access log, which the member sees.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "core/clock.h"
#include "core/result.h"
#include "db/database.h"
#include "privacy/policy.h"

namespace hanse::privacy {

enum class ActorKind { member, staff, system };

struct Actor {
  ActorKind kind = ActorKind::system;
  std::int64_t id = 0;  // member or staff id; 0 for the system
};

struct ReadRequest {
  Actor actor;
  std::int64_t member_id = 0;       // whose data
  std::vector<std::string> fields;  // "table.column", from the data inventory
  std::string purpose;              // fideslang data use key
  std::string reason;               // why, in words (staff reads: shown to the member)
};

// Why a read was refused: the first field that may not be read.
struct Refusal {
  std::string field;
  std::string category;
  std::string clause_id;  // the clause that decided, or "" when none allows it
  std::string reason;
};

// field -> value
using PersonalValues = std::map<std::string, std::string>;

class PublicAnswers;  // check_public's answers so far (guard.cpp)

class Guard {
 public:
  Guard(const PolicyBook& policy, const Clock& clock);
  ~Guard();
  Guard(const Guard&) = delete;
  Guard& operator=(const Guard&) = delete;

  // Decides without reading values. nullopt: allowed.
  // Errors: not_found for an unknown member; database errors pass on.
  Result<std::optional<Refusal>> check(db::Connection& conn, const ReadRequest& request) const;

  // P-12: may this field of a public record (company profile, product,
  // offer, a member's public profile) collected under policy `version` be
  // shown to everyone? Only when the field is declared personal in the
  // inventory and a clause of that version publishes its category
  // (PolicyBook::clause_publishing). Decided in memory, without a database
  // read, so public pages can ask for every field. nullopt: allowed.
  // Answers are remembered per (version, field) once the version is in the
  // book: versions are only ever appended and never change, and the
  // inventory is fixed, so a remembered answer cannot go stale. Thread-safe.
  std::optional<Refusal> check_public(int version, std::string_view field) const;
  bool is_public(int version, std::string_view field) const;

  // Checks, logs staff reads, and returns the values.
  // Errors: ErrorKind::forbidden with a message naming the field and the
  // clause; not_found for an unknown member.
  Result<PersonalValues> read(db::Connection& conn, const ReadRequest& request) const;

 private:
  std::optional<Refusal> decide_public(int version, std::string_view field) const;

  const PolicyBook& m_policy;
  const Clock& m_clock;
  std::unique_ptr<PublicAnswers> m_public_answers;
};

// A staff member's read of a member's data, as the member sees it.
struct StaffAccess {
  std::int64_t staff_id = 0;
  std::string fields;   // comma-separated
  std::string purpose;
  std::string reason;
  std::int64_t at = 0;
};

Result<std::vector<StaffAccess>> staff_accesses(db::Connection& conn, std::int64_t member_id);

}  // namespace hanse::privacy
