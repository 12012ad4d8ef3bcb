// Storage: one interface, two implementations (SQLite and PostgreSQL).
//
// SQL is written once in PostgreSQL placeholder style ($1, $2, ...); the
// SQLite implementation binds those by name. Every statement is prepared
// and cached per connection; values are always bound, never spliced into
// SQL text. Where the dialects differ, call sites branch on backend().
//
// Portable column types used by the migrations: BIGINT / INTEGER for
// integers and booleans (0/1), TEXT for strings, timestamps as BIGINT Unix
// seconds, binary data as hex or base64 TEXT.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "core/result.h"

namespace hanse::db {

class ColumnGuard;  // db/column_guard.h

enum class Backend { sqlite, postgres };

// A bound parameter or a fetched column. NULL is std::monostate.
using Value = std::variant<std::monostate, std::int64_t, double, std::string>;

class Row {
 public:
  explicit Row(std::vector<Value> columns) : m_columns(std::move(columns)) {}

  std::size_t size() const { return m_columns.size(); }
  bool is_null(std::size_t i) const;
  // Text of column i ("" when NULL; integers are formatted).
  std::string text(std::size_t i) const;
  std::optional<std::string> optional_text(std::size_t i) const;
  // Integer of column i (0 when NULL; text is parsed, as PostgreSQL returns
  // text; "12.50" gives 12; 0 when the text is not a number).
  std::int64_t integer(std::size_t i) const;
  // As integer(), but nullopt when NULL or not a number.
  std::optional<std::int64_t> optional_integer(std::size_t i) const;
  const Value& value(std::size_t i) const { return m_columns.at(i); }

 private:
  std::vector<Value> m_columns;
};

using Rows = std::vector<Row>;
using Params = std::span<const Value>;

// One connection. Not thread-safe: a connection is used by one thread at a
// time, which the Database pool guarantees.
class Connection {
 public:
  virtual ~Connection() = default;

  // Runs one statement that returns rows; params[k] binds $k+1 and every
  // $1..$n must appear. Errors: ErrorKind::conflict on a unique,
  // foreign-key, NOT NULL or CHECK violation, ErrorKind::unavailable when the
  // server is gone or the database stays locked (SQLite busy, 5 s),
  // ErrorKind::internal otherwise (message names the SQL error and the SQL,
  // never the parameter values). A second statement in sql is an error.
  virtual Result<Rows> query(std::string_view sql, Params params = {}) = 0;

  // Runs a statement that returns no rows; returns the number of rows changed.
  virtual Result<std::int64_t> execute(std::string_view sql, Params params = {}) = 0;

  // Runs several ;-separated statements without parameters (migrations only).
  virtual Status execute_script(std::string_view sql) = 0;

  virtual Status begin() = 0;
  virtual Status commit() = 0;
  virtual Status rollback() = 0;

  // A read of several statements (Database::read). SQLite: a deferred
  // transaction, so the statements share one snapshot and take the WAL read
  // lock once instead of once each (the lock and unlock are system calls);
  // a statement that would write is refused with ErrorKind::internal.
  // PostgreSQL: no transaction is opened, as BEGIN and COMMIT would add two
  // round trips to every page for a snapshot the pages do not need; each
  // statement sees its own snapshot, as outside a read, and execute() and
  // begin() are refused (a write hidden in query() is not detected).
  // Errors: ErrorKind::internal inside a transaction or another read.
  virtual Status begin_read() = 0;
  // Ends the read begun by begin_read(); harmless when none is open.
  virtual Status end_read() = 0;

  virtual Backend backend() const = 0;

  // Convenience: the first row, or ErrorKind::not_found.
  Result<Row> query_one(std::string_view sql, Params params = {});
  // Convenience: the first row if any.
  Result<std::optional<Row>> query_optional(std::string_view sql, Params params = {});
};

class Database;

// A connection borrowed from the pool; returned when destroyed.
class Lease {
 public:
  Lease(Database* owner, std::unique_ptr<Connection> connection);
  Lease(Lease&&) noexcept;
  Lease& operator=(Lease&&) = delete;
  Lease(const Lease&) = delete;
  Lease& operator=(const Lease&) = delete;
  ~Lease();

  Connection& operator*() { return *m_connection; }
  Connection* operator->() { return m_connection.get(); }

 private:
  Database* m_owner;
  std::unique_ptr<Connection> m_connection;
};

// A pool of connections to one database. Thread-safe.
class Database {
 public:
  virtual ~Database() = default;

  // Borrows a connection, waiting while all are in use. A connection handed
  // back inside a transaction is rolled back; a broken one is closed and
  // replaced on a later acquire().
  // Errors: ErrorKind::unavailable when no connection can be opened, or
  // none came back within 30 s.
  virtual Result<Lease> acquire() = 0;
  virtual Backend backend() const = 0;
  // A description safe to log (no password).
  virtual std::string describe() const = 0;

  // Installs the guard every statement on this database's connections is
  // checked with (db/column_guard.h); nullptr removes it. Connections drop
  // their cached statements before their next statement. Returns whether
  // this backend enforces it: SQLite yes, PostgreSQL no (no authorizer).
  virtual bool set_column_guard(std::shared_ptr<const ColumnGuard> guard);

  // Runs fn inside BEGIN ... COMMIT on one connection; rolls back when fn
  // returns an error (or throws) and passes that error on.
  template <class F>
  auto transaction(F&& fn) -> decltype(fn(std::declval<Connection&>()));

  // Runs fn inside Connection::begin_read() ... end_read() on one
  // connection: for pages that read several things and write nothing.
  // fn's result is passed on; when fn succeeds and the read cannot be
  // ended, that error is returned instead.
  template <class F>
  auto read(F&& fn) -> decltype(fn(std::declval<Connection&>()));

 protected:
  friend class Lease;
  virtual void release(std::unique_ptr<Connection> connection) = 0;
};

// What each SQLite connection may hold in memory: its page cache, and how
// much of the database file it reads through a memory map (pages shared
// with the OS cache, so no copy per read, but counted in the process's
// resident memory; SQLite caps it at its compile-time maximum, just under
// 2 GiB in Debian 12's build). At a million companies the file is about
// 10 GB.
struct SqliteMemory {
  int cache_mb = 32;
  int mmap_mb = 4096;
};

// Opens a database from a URL: "sqlite:PATH" or a bare file path for
// SQLite (WAL mode, foreign keys on; "sqlite::memory:" gets one
// connection), "postgres://..." or "postgresql://..." for PostgreSQL.
// pool_size connections at most (>= 1). The first connection is opened now.
// Errors: ErrorKind::invalid_input for an unknown scheme (named in the
// message), an empty URL or pool_size < 1;
// ErrorKind::unavailable when the first connection fails.
// sqlite: the connections' memory when the URL is SQLite's.
Result<std::unique_ptr<Database>> open_database(const std::string& url, int pool_size,
                                                const SqliteMemory& sqlite = {});

template <class F>
auto Database::transaction(F&& fn) -> decltype(fn(std::declval<Connection&>())) {
  auto lease = acquire();
  if (!lease) return std::unexpected<Error>(lease.error());
  Connection& conn = **lease;
  if (auto st = conn.begin(); !st) return std::unexpected<Error>(st.error());
  try {
    auto result = fn(conn);
    if (!result) {
      (void)conn.rollback();
      return result;
    }
    if (auto st = conn.commit(); !st) return std::unexpected<Error>(st.error());
    return result;
  } catch (...) {
    (void)conn.rollback();
    throw;
  }
}

template <class F>
auto Database::read(F&& fn) -> decltype(fn(std::declval<Connection&>())) {
  auto lease = acquire();
  if (!lease) return std::unexpected<Error>(lease.error());
  Connection& conn = **lease;
  if (auto st = conn.begin_read(); !st) return std::unexpected<Error>(st.error());
  try {
    auto result = fn(conn);
    auto ended = conn.end_read();
    if (result && !ended) return std::unexpected<Error>(ended.error());
    return result;
  } catch (...) {
    (void)conn.end_read();
    throw;
  }
}

}  // namespace hanse::db
