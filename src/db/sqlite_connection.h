// One SQLite connection: $N placeholders bound by name, statements prepared
// once and cached by SQL text, each with the guarded columns it reads
// (db/column_guard.h), checked on every execution.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "db/column_guard.h"
#include "db/database.h"

struct sqlite3;
struct sqlite3_stmt;

namespace hanse::db {

class SqliteConnection final : public Connection {
 public:
  // Opens (creating if needed) the file at path in WAL mode with foreign
  // keys on, synchronous=NORMAL and a 5 s busy timeout, holding at most
  // `memory` (db/database.h). With a guard slot, statements are checked
  // with the guard installed in it.
  // Errors: ErrorKind::unavailable when the file cannot be opened.
  static Result<std::unique_ptr<SqliteConnection>> open(
      const std::string& path, std::shared_ptr<const ColumnGuardSlot> guard = nullptr,
      const SqliteMemory& memory = {});

  ~SqliteConnection() override;
  SqliteConnection(const SqliteConnection&) = delete;
  SqliteConnection& operator=(const SqliteConnection&) = delete;

  Result<Rows> query(std::string_view sql, Params params = {}) override;
  Result<std::int64_t> execute(std::string_view sql, Params params = {}) override;
  Status execute_script(std::string_view sql) override;
  Status begin() override;
  Status commit() override;
  Status rollback() override;
  Status begin_read() override;
  Status end_read() override;
  Backend backend() const override { return Backend::sqlite; }

  // Rolls back a transaction (or ends a read) left open; returns false when
  // the connection should be closed rather than reused.
  bool recycle();

 private:
  SqliteConnection(sqlite3* handle, std::shared_ptr<const ColumnGuardSlot> guard)
      : m_db(handle), m_guard_slot(std::move(guard)) {}

  // A prepared statement and the guarded columns it reads.
  struct Statement {
    sqlite3_stmt* stmt = nullptr;
    std::vector<ColumnGuard::ColumnId> guarded;
  };

  // SQLite's authorizer: notes the columns a statement being prepared reads.
  static int authorize(void* self, int action, const char* table, const char* column,
                       const char* schema, const char* trigger);

  struct StringHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };

  Result<const Statement*> prepare(std::string_view sql);
  // prepare(), refusing a statement that writes while a read is open and
  // one that reads guarded columns the guard does not admit now.
  Result<sqlite3_stmt*> prepare_checked(std::string_view sql);
  // Takes up a guard installed since the last statement.
  void refresh_guard();
  Status bind(sqlite3_stmt* stmt, std::string_view sql, Params params);
  // Steps stmt to completion, collecting rows when rows != nullptr.
  Status run(sqlite3_stmt* stmt, std::string_view sql, Rows* rows);
  Error error_from(int rc, std::string_view sql) const;
  void clear_cache();

  sqlite3* m_db;
  bool m_reading = false;  // between begin_read() and end_read()
  std::unordered_map<std::string, Statement, StringHash, std::equal_to<>> m_statements;

  std::shared_ptr<const ColumnGuardSlot> m_guard_slot;
  std::uint64_t m_guard_generation = 0;
  std::shared_ptr<const ColumnGuard> m_guard;
  // While prepare() runs with a guard: where the authorizer notes columns.
  std::vector<ColumnGuard::ColumnId>* m_collecting = nullptr;
};

}  // namespace hanse::db
