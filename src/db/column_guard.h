// The storage layer's hook for the run-time door to personal data (P-2).
//
// src/db knows nothing of the data inventory or the policy: the privacy
// module installs a ColumnGuard on the Database at start-up
// (privacy::install_door), and the SQLite connections consult it.
//   - While a statement is prepared, SQLite's authorizer reports every
//     column it reads (result columns, WHERE, JOIN, ORDER BY, RETURNING,
//     subqueries; SELECT * column by column) with the table it belongs to.
//     classify() says which of them are guarded; the answer is kept with
//     the cached statement.
//   - On every execution of a statement that reads guarded columns,
//     admit() decides, before the statement runs, from the read scopes
//     open on the executing thread (db/read_scope.h). An error stops the
//     statement; query() and execute() return it.
// Scripts (execute_script: migrations, pragmas) are not checked.
// PostgreSQL has no authorizer: there the guard is not consulted, and the
// rule is proven by the same tests running on SQLite.
#pragma once

#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <span>
#include <string_view>

#include "core/result.h"

namespace hanse::db {

class ColumnGuard {
 public:
  // The guard's own name for a guarded column, kept with statements.
  using ColumnId = std::uint16_t;

  virtual ~ColumnGuard() = default;

  // nullopt when table.column may be read without a scope. Called while a
  // statement is prepared, on the preparing thread.
  virtual std::optional<ColumnId> classify(std::string_view table, std::string_view column) const = 0;

  // Whether the calling thread may now run a statement reading columns
  // (classify()'s ids, each once). sql is for messages only.
  // Errors: whichever kind the guard chooses, naming the refused column.
  virtual Status admit(std::span<const ColumnId> columns, std::string_view sql) const = 0;
};

// The guard installed on one Database, shared with its connections. A
// connection notices a new guard by its generation and then drops its
// statement cache, so no statement keeps an old guard's classification.
class ColumnGuardSlot {
 public:
  void set(std::shared_ptr<const ColumnGuard> guard) {
    std::lock_guard lock(m_mutex);
    m_guard = std::move(guard);
    m_generation.fetch_add(1, std::memory_order_release);
  }
  std::uint64_t generation() const { return m_generation.load(std::memory_order_acquire); }
  std::shared_ptr<const ColumnGuard> get() const {
    std::lock_guard lock(m_mutex);
    return m_guard;
  }

 private:
  mutable std::mutex m_mutex;
  std::shared_ptr<const ColumnGuard> m_guard;
  std::atomic<std::uint64_t> m_generation{0};
};

}  // namespace hanse::db
