// One SQLite connection: $N placeholders bound by name, statements prepared
// once and cached by SQL text.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

#include "db/database.h"

struct sqlite3;
struct sqlite3_stmt;

namespace hanse::db {

class SqliteConnection final : public Connection {
 public:
  // Opens (creating if needed) the file at path in WAL mode with foreign
  // keys on, synchronous=NORMAL and a 5 s busy timeout.
  // Errors: ErrorKind::unavailable when the file cannot be opened.
  static Result<std::unique_ptr<SqliteConnection>> open(const std::string& path);

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
  explicit SqliteConnection(sqlite3* handle) : m_db(handle) {}

  struct StringHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };

  Result<sqlite3_stmt*> prepare(std::string_view sql);
  // prepare(), refusing a statement that writes while a read is open.
  Result<sqlite3_stmt*> prepare_checked(std::string_view sql);
  Status bind(sqlite3_stmt* stmt, std::string_view sql, Params params);
  // Steps stmt to completion, collecting rows when rows != nullptr.
  Status run(sqlite3_stmt* stmt, std::string_view sql, Rows* rows);
  Error error_from(int rc, std::string_view sql) const;
  void clear_cache();

  sqlite3* m_db;
  bool m_reading = false;  // between begin_read() and end_read()
  std::unordered_map<std::string, sqlite3_stmt*, StringHash, std::equal_to<>> m_statements;
};

}  // namespace hanse::db
