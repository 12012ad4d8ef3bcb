// The door to personal data, checked at run time (P-2).
//
// The rule: a statement may read a column that the data inventory declares
// personal only inside a read scope, unless a clause of a published policy
// version makes the column's category public (PolicyBook::clause_publishing,
// the test behind Guard::is_public: what a public page may show, it may
// read; whether it shows a field of a given record is still asked of
// Guard::is_public for that record's version). Outside any scope such a
// read fails: query() and execute() return ErrorKind::internal (a missing
// scope is a defect of the code, not something the visitor did, so pages
// answer 500) with a message naming table.column, and an error log line
// names it too.
//
// "Reads" are every column a statement touches, wherever: result columns,
// WHERE, JOIN and ORDER BY, subqueries, RETURNING, SELECT * column by
// column, whatever way the SQL text was built; each column is charged to
// its own table (SQLite's authorizer, db/column_guard.h).
//
// The doors, each a scope type, so that a grep for the type names
//   grep -rnE '\b(GuardRead|OwnerRead|DeliveryRead)\b' src
// lists every place personal data is read and why:
//   - GuardRead: opened by privacy::Guard itself around the reads it has
//     decided (guard.h); nobody else opens it.
//   - OwnerRead: a person reading their own data, or the system acting for
//     the person on it: sign-in and its attempt counters, the session
//     lookup, account pages, the member's sessions and staff accesses, a
//     password reset or staff set-password link for its holder, a staff
//     member's own record, the inquiries a member is a party to, an
//     invitation for the holder of its link. OwnerRead proves nothing about
//     whose rows a statement reads: the WHERE clauses do, and the files that
//     open it are few and listed (tests/unit/privacy_direct_reads_test.cpp).
//   - mail::DeliveryRead (mail/sender.h): the sender reading queued mail to
//     deliver it to its recipient.
// Every scope admits every personal column; what may be read for whom is
// the job of the code that opens it, reviewed through that grep.
//
// Where: SQLite enforces it, on every connection of a database it is
// installed on, on every execution of a cached statement. PostgreSQL has no
// authorizer: the scopes are opened there all the same, and the rule is
// proven by the same tests running on SQLite (unit tests and the HTTP suite
// run on both backends, the door's own tests on SQLite). `hanse serve`
// installs it unless privacy.enforce_door = false; the CLI commands
// (operator tools) run without it.
#pragma once

#include <memory>
#include <string_view>

#include "db/column_guard.h"
#include "db/database.h"
#include "db/read_scope.h"
#include "privacy/policy.h"

namespace hanse::privacy {

// Opened by Guard::check and Guard::read only, around the reads the guard
// has decided by the policy.
class GuardRead final : public db::ReadScope {
 public:
  explicit GuardRead(std::string_view reason) noexcept : ReadScope("GuardRead", reason) {}
};

// A person's own data read for that person (see above). reason: a string
// literal saying whose data and for what ("a member's own sessions").
class OwnerRead final : public db::ReadScope {
 public:
  explicit OwnerRead(std::string_view reason) noexcept : ReadScope("OwnerRead", reason) {}
};

// The column guard of the rule above, for book (which must outlive every
// statement run on the databases it is installed on). Versions added to
// the book later are taken into account.
std::shared_ptr<const db::ColumnGuard> make_door(const PolicyBook& book);

// Installs make_door(book) on db. Returns whether db's backend enforces it
// (SQLite true, PostgreSQL false).
bool install_door(db::Database& db, const PolicyBook& book);

}  // namespace hanse::privacy
