// The privacy guard (P-2): the one door through which personal data is read
// for any purpose other than showing it to its owner.
//
// A read names the actor, the person, the fields ("members.email", all of
// one table), the rows and the purpose (a fideslang data use key). The
// guard allows it only when, for every field,
//   - the field is declared personal in the data inventory (unknown fields
//     are refused: the guard fails closed),
//   - a clause of the policy version the person's record was collected
//     under (members.policy_version) allows the purpose for the field's
//     category, and
//   - the person's choices permit it: an opt-out clause is refused once the
//     person opted out of it, an opt-in clause until they opted in.
//
// Which rows: the fields' table must belong to members by a column the
// inventory names (privacy::member_column: members.id, sessions.member_id,
// inquiries.buyer_member_id, ...). read() returns one row: the member's own
// row of members, or, for another table, the row whose id is row_id, which
// must belong to the member. read_all() returns every row of the table that
// belongs to the member. Tables whose rows are nobody's in particular or
// not a member's (mail_outbox, company_invites, staff) are refused.
//
// The contract:
//   - Logs: staff reads (actor staff) are written to the staff access log
//     (fields, purpose, reason, time), which the member sees on their
//     account page; refused reads and member or system reads are not
//     logged. Refusals are errors, never partial values.
//   - Connection: everything runs on the caller's connection, inside the
//     caller's transaction when one is open: a staff read's log entry then
//     commits or rolls back with the caller's work (show the values only
//     once it committed). The log entry is a write, which Database::read
//     refuses on SQLite: staff reads belong in a transaction or on a plain
//     lease. Member and system reads may run inside Database::read.
//   - Run-time door (privacy/door.h): check() and read() open a GuardRead
//     scope around their own statements; the caller needs none. SQLite
//     enforces the door; on PostgreSQL the same scopes are opened and the
//     rule is proven by the same tests running on SQLite.
//   - Lifetimes: returned values are copies owned by the caller and do not
//     refer to the connection. The Guard keeps references to the PolicyBook
//     and Clock it was made with, which must outlive it. Thread-safe: one
//     Guard serves every thread, each with its own connection.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
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
  std::int64_t member_id = 0;       // whose data (their policy version and choices decide)
  std::vector<std::string> fields;  // "table.column" from the data inventory, all of one table
  std::string purpose;              // fideslang data use key
  std::string reason;               // why, in words (staff reads: shown to the member)
  // read(): the row of a table other than members, by its id column; it
  // must belong to member_id. Unset for members and for read_all().
  std::optional<std::int64_t> row_id;
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

  // Checks, logs staff reads, and returns the values of one row (see
  // above: the member's row of members, or row_id of another table).
  // Errors: ErrorKind::forbidden with a message naming the field and the
  // clause (or why the request cannot be decided: fields of two tables, a
  // table without a member column, a missing row_id); not_found for an
  // unknown member or when row_id is not a row of this member.
  Result<PersonalValues> read(db::Connection& conn, const ReadRequest& request) const;

  // As read(), for every row of the fields' table that belongs to the
  // member, ordered by id where the table has one (empty when none; row_id
  // must be unset). A staff read is logged once.
  Result<std::vector<PersonalValues>> read_all(db::Connection& conn, const ReadRequest& request) const;

  // A staff member's lookup of a member by a value they were given (S-1:
  // the support page's "find by e-mail"): the member whose `field` (a
  // column of members, "members.email") equals `value`. The read of that
  // field is decided as by check() for the member found (request.member_id
  // is ignored); when allowed, it is logged like read() and `refusal` is
  // unset. member_id is nullopt when no member has that value (nothing is
  // logged then). A refused lookup returns the member found and the
  // refusal, so that the caller can record the refusal against that member;
  // the caller must not show the id then.
  // Errors: forbidden for a field that is not a personal column of members;
  // database errors pass on.
  struct Lookup {
    std::optional<std::int64_t> member_id;
    std::optional<Refusal> refusal;
  };
  Result<Lookup> find_member(db::Connection& conn, const ReadRequest& request,
                             const std::string& value) const;

 private:
  std::optional<Refusal> decide_public(int version, std::string_view field) const;
  Status log_staff_read(db::Connection& conn, const ReadRequest& request) const;
  Result<std::vector<PersonalValues>> fetch(db::Connection& conn, const ReadRequest& request,
                                            bool one_row) const;

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

// The member's own list (account page), newest first; opens an OwnerRead.
Result<std::vector<StaffAccess>> staff_accesses(db::Connection& conn, std::int64_t member_id);

}  // namespace hanse::privacy
