#include "db/sqlite_connection.h"

#include <sqlite3.h>

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <string>

namespace hanse::db {

namespace {

constexpr int busy_timeout_ms = 5000;
constexpr std::size_t statement_cache_limit = 512;

// The SQL named in error messages; parameter values are never included.
std::string excerpt(std::string_view sql) {
  constexpr std::size_t limit = 120;
  std::string s(sql.substr(0, limit));
  if (sql.size() > limit) s += "...";
  return s;
}

bool only_whitespace(const char* text) {
  for (; *text; ++text) {
    if (!std::isspace(static_cast<unsigned char>(*text))) return false;
  }
  return true;
}

// Resets and unbinds a cached statement when the call using it ends.
class StatementReset {
 public:
  explicit StatementReset(sqlite3_stmt* stmt) : m_stmt(stmt) {}
  ~StatementReset() {
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
  }
  StatementReset(const StatementReset&) = delete;
  StatementReset& operator=(const StatementReset&) = delete;

 private:
  sqlite3_stmt* m_stmt;
};

Status ignore_count(Result<std::int64_t> changed) {
  if (!changed) return std::unexpected(std::move(changed).error());
  return {};
}

Value column_value(sqlite3_stmt* stmt, int i) {
  switch (sqlite3_column_type(stmt, i)) {
    case SQLITE_INTEGER: return static_cast<std::int64_t>(sqlite3_column_int64(stmt, i));
    case SQLITE_FLOAT: return sqlite3_column_double(stmt, i);
    case SQLITE_TEXT: {
      const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt, i));
      return std::string(text ? text : "", static_cast<std::size_t>(sqlite3_column_bytes(stmt, i)));
    }
    case SQLITE_BLOB: {
      const auto* blob = static_cast<const char*>(sqlite3_column_blob(stmt, i));
      return std::string(blob ? blob : "", static_cast<std::size_t>(sqlite3_column_bytes(stmt, i)));
    }
    default: return std::monostate{};
  }
}

}  // namespace

Result<std::unique_ptr<SqliteConnection>> SqliteConnection::open(
    const std::string& path, std::shared_ptr<const ColumnGuardSlot> guard, const SqliteMemory& memory) {
  sqlite3* handle = nullptr;
  int rc = sqlite3_open_v2(path.c_str(), &handle,
                           SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                           nullptr);
  if (rc != SQLITE_OK) {
    std::string message = "cannot open SQLite database " + path + ": " +
                          (handle ? sqlite3_errmsg(handle) : sqlite3_errstr(rc));
    sqlite3_close_v2(handle);
    return fail(ErrorKind::unavailable, message);
  }
  std::unique_ptr<SqliteConnection> connection(new SqliteConnection(handle, std::move(guard)));
  sqlite3_extended_result_codes(handle, 1);
  if (connection->m_guard_slot) sqlite3_set_authorizer(handle, &SqliteConnection::authorize, connection.get());
  sqlite3_busy_timeout(handle, busy_timeout_ms);
  // Reads of a large database go through memory-mapped pages shared with
  // the OS cache rather than a copy per read, up to memory.mmap_mb of the
  // file, and each connection keeps memory.cache_mb of pages (by default
  // 4 GiB and 32 MB; db/database.h). Deleted and overwritten content is
  // zeroed on disk (secure_delete), so that an erased member's data (P-15)
  // leaves no copy in free pages.
  auto setup = connection->execute_script(fmt::format(
      "PRAGMA journal_mode=WAL; PRAGMA foreign_keys=ON; PRAGMA synchronous=NORMAL;"
      " PRAGMA mmap_size={}; PRAGMA cache_size=-{}; PRAGMA temp_store=MEMORY;"
      " PRAGMA secure_delete=ON;",
      static_cast<std::int64_t>(memory.mmap_mb) * 1024 * 1024, static_cast<std::int64_t>(memory.cache_mb) * 1024));
  if (!setup) {
    return fail(ErrorKind::unavailable,
                "cannot set up SQLite database " + path + ": " + setup.error().message);
  }
  return connection;
}

SqliteConnection::~SqliteConnection() {
  clear_cache();
  sqlite3_close_v2(m_db);
}

void SqliteConnection::clear_cache() {
  for (auto& [sql, statement] : m_statements) sqlite3_finalize(statement.stmt);
  m_statements.clear();
}

int SqliteConnection::authorize(void* self, int action, const char* table, const char* column,
                                const char*, const char*) {
  auto* connection = static_cast<SqliteConnection*>(self);
  // SQLITE_READ with an empty column: a table referenced without reading
  // any column of it (SELECT count(*) FROM t). Reads outside prepare()
  // (scripts, SQLite re-preparing a cached statement) are not noted.
  if (action != SQLITE_READ || !connection->m_collecting || !table || !column || !*column)
    return SQLITE_OK;
  if (auto id = connection->m_guard->classify(table, column)) {
    auto& noted = *connection->m_collecting;
    if (std::ranges::find(noted, *id) == noted.end()) noted.push_back(*id);
  }
  return SQLITE_OK;
}

void SqliteConnection::refresh_guard() {
  if (!m_guard_slot) return;
  auto generation = m_guard_slot->generation();
  if (generation == m_guard_generation) return;
  clear_cache();  // classified by the previous guard
  m_guard = m_guard_slot->get();
  m_guard_generation = generation;
}

Error SqliteConnection::error_from(int rc, std::string_view sql) const {
  ErrorKind kind = ErrorKind::internal;
  int primary = rc & 0xff;
  if (primary == SQLITE_CONSTRAINT) kind = ErrorKind::conflict;
  if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED) kind = ErrorKind::unavailable;
  return Error{kind, std::string("sqlite: ") + sqlite3_errmsg(m_db) + " (in: " + excerpt(sql) + ")"};
}

Result<const SqliteConnection::Statement*> SqliteConnection::prepare(std::string_view sql) {
  refresh_guard();
  if (auto it = m_statements.find(sql); it != m_statements.end()) return &it->second;
  if (m_statements.size() >= statement_cache_limit) clear_cache();
  sqlite3_stmt* stmt = nullptr;
  const char* tail = nullptr;
  std::vector<ColumnGuard::ColumnId> guarded;
  m_collecting = m_guard ? &guarded : nullptr;
  int rc = sqlite3_prepare_v3(m_db, sql.data(), static_cast<int>(sql.size()),
                              SQLITE_PREPARE_PERSISTENT, &stmt, &tail);
  m_collecting = nullptr;
  if (rc != SQLITE_OK) return std::unexpected(error_from(rc, sql));
  if (!stmt) return fail(ErrorKind::internal, "sqlite: empty statement");
  std::string rest(tail, sql.data() + sql.size() - tail);
  if (!only_whitespace(rest.c_str())) {
    sqlite3_finalize(stmt);
    return fail(ErrorKind::internal,
                "sqlite: one statement expected, use execute_script (in: " + excerpt(sql) + ")");
  }
  auto placed = m_statements.emplace(std::string(sql), Statement{stmt, std::move(guarded)});
  return &placed.first->second;
}

Result<sqlite3_stmt*> SqliteConnection::prepare_checked(std::string_view sql) {
  HANSE_TRY(const Statement* statement, prepare(sql));
  if (m_reading && !sqlite3_stmt_readonly(statement->stmt)) {
    return fail(ErrorKind::internal,
                "sqlite: a statement that writes inside a read (in: " + excerpt(sql) + ")");
  }
  // Every execution, not only the first: a cached statement runs again
  // under whatever scopes its next caller has open.
  if (!statement->guarded.empty()) HANSE_TRY_STATUS(m_guard->admit(statement->guarded, sql));
  return statement->stmt;
}

Status SqliteConnection::bind(sqlite3_stmt* stmt, std::string_view sql, Params params) {
  int expected = sqlite3_bind_parameter_count(stmt);
  if (expected != static_cast<int>(params.size())) {
    return fail(ErrorKind::internal, "sqlite: statement has " + std::to_string(expected) +
                                         " parameters, " + std::to_string(params.size()) +
                                         " given (in: " + excerpt(sql) + ")");
  }
  for (std::size_t n = 0; n < params.size(); ++n) {
    std::string name = std::to_string(n + 1);
    name.insert(name.begin(), '$');
    int index = sqlite3_bind_parameter_index(stmt, name.c_str());
    if (index == 0) {
      return fail(ErrorKind::internal,
                  "sqlite: statement does not use " + name + " (in: " + excerpt(sql) + ")");
    }
    const Value& value = params[n];
    int rc = SQLITE_OK;
    if (const auto* i = std::get_if<std::int64_t>(&value)) {
      rc = sqlite3_bind_int64(stmt, index, *i);
    } else if (const auto* d = std::get_if<double>(&value)) {
      rc = sqlite3_bind_double(stmt, index, *d);
    } else if (const auto* s = std::get_if<std::string>(&value)) {
      rc = sqlite3_bind_text64(stmt, index, s->data(), s->size(), SQLITE_TRANSIENT, SQLITE_UTF8);
    } else {
      rc = sqlite3_bind_null(stmt, index);
    }
    if (rc != SQLITE_OK) return std::unexpected(error_from(rc, sql));
  }
  return {};
}

Status SqliteConnection::run(sqlite3_stmt* stmt, std::string_view sql, Rows* rows) {
  const int columns = sqlite3_column_count(stmt);
  for (;;) {
    int rc = sqlite3_step(stmt);
    if (rc == SQLITE_DONE) return {};
    if (rc != SQLITE_ROW) return std::unexpected(error_from(rc, sql));
    if (!rows) continue;
    std::vector<Value> values;
    values.reserve(static_cast<std::size_t>(columns));
    for (int i = 0; i < columns; ++i) values.push_back(column_value(stmt, i));
    rows->emplace_back(std::move(values));
  }
}

Result<Rows> SqliteConnection::query(std::string_view sql, Params params) {
  HANSE_TRY(sqlite3_stmt * stmt, prepare_checked(sql));
  StatementReset reset(stmt);
  HANSE_TRY_STATUS(bind(stmt, sql, params));
  Rows rows;
  HANSE_TRY_STATUS(run(stmt, sql, &rows));
  return rows;
}

Result<std::int64_t> SqliteConnection::execute(std::string_view sql, Params params) {
  HANSE_TRY(sqlite3_stmt * stmt, prepare_checked(sql));
  StatementReset reset(stmt);
  HANSE_TRY_STATUS(bind(stmt, sql, params));
  HANSE_TRY_STATUS(run(stmt, sql, nullptr));
  return static_cast<std::int64_t>(sqlite3_changes64(m_db));
}

Status SqliteConnection::execute_script(std::string_view sql) {
  if (m_reading) return fail(ErrorKind::internal, "sqlite: a script inside a read");
  std::string text(sql);
  char* message = nullptr;
  int rc = sqlite3_exec(m_db, text.c_str(), nullptr, nullptr, &message);
  if (rc == SQLITE_OK) return {};
  Error error = error_from(rc, sql);
  if (message) {
    error.message = std::string("sqlite: ") + message + " (in script: " + excerpt(sql) + ")";
    sqlite3_free(message);
  }
  return std::unexpected(std::move(error));
}

Status SqliteConnection::begin() {
  if (m_reading) return fail(ErrorKind::internal, "sqlite: a transaction begun inside a read");
  // IMMEDIATE takes the write lock now, so two writers never deadlock
  // trying to upgrade read locks later.
  return ignore_count(execute("BEGIN IMMEDIATE"));
}

Status SqliteConnection::commit() {
  return ignore_count(execute("COMMIT"));
}

Status SqliteConnection::rollback() {
  return ignore_count(execute("ROLLBACK"));
}

Status SqliteConnection::begin_read() {
  if (m_reading || !sqlite3_get_autocommit(m_db))
    return fail(ErrorKind::internal, "sqlite: a read begun inside a transaction or another read");
  // Deferred: the read lock (one snapshot) is taken by the first SELECT and
  // held until end_read(). No write lock is ever asked for.
  HANSE_TRY_STATUS(ignore_count(execute("BEGIN")));
  m_reading = true;
  return {};
}

Status SqliteConnection::end_read() {
  m_reading = false;
  // An error may have ended the transaction already (SQLite rolls back on
  // some errors by itself).
  if (sqlite3_get_autocommit(m_db)) return {};
  return ignore_count(execute("COMMIT"));
}

bool SqliteConnection::recycle() {
  m_reading = false;
  if (sqlite3_get_autocommit(m_db)) return true;
  return static_cast<bool>(rollback());
}

}  // namespace hanse::db
