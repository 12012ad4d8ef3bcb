// One PostgreSQL connection (libpq): statements prepared once under a
// generated name and cached by SQL text; parameters sent as text.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

#include "db/database.h"

struct pg_conn;
struct pg_result;

namespace hanse::db {

class PostgresConnection final : public Connection {
 public:
  // Connects with a libpq URL. `label` names the server in error messages
  // and must not contain the password.
  // Errors: ErrorKind::unavailable when the server cannot be reached or
  // refuses the connection.
  static Result<std::unique_ptr<PostgresConnection>> open(const std::string& url,
                                                          const std::string& label);

  ~PostgresConnection() override;
  PostgresConnection(const PostgresConnection&) = delete;
  PostgresConnection& operator=(const PostgresConnection&) = delete;

  // Results: BIGINT/INTEGER/SMALLINT as int64, DOUBLE PRECISION/REAL as
  // double, BOOLEAN as int64 0/1, everything else as text; NULL as monostate.
  Result<Rows> query(std::string_view sql, Params params = {}) override;
  Result<std::int64_t> execute(std::string_view sql, Params params = {}) override;
  Status execute_script(std::string_view sql) override;
  Status begin() override;
  // Errors: ErrorKind::internal when PostgreSQL rolled back instead because
  // an earlier statement of the transaction failed.
  Status commit() override;
  Status rollback() override;
  Status begin_read() override;
  Status end_read() override;
  Backend backend() const override { return Backend::postgres; }

  // Ends a transaction (or a read) left open; returns false when the connection is
  // broken and must be closed (the pool then opens a new one).
  bool recycle();

 private:
  explicit PostgresConnection(pg_conn* handle) : m_conn(handle) {}

  struct StringHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  struct ResultDeleter {
    void operator()(pg_result* result) const;
  };
  using ResultPtr = std::unique_ptr<pg_result, ResultDeleter>;

  Result<std::string> prepare(std::string_view sql);
  Result<ResultPtr> run(std::string_view sql, Params params);
  Result<ResultPtr> run_once(std::string_view sql, Params params, bool* plan_changed);
  Result<ResultPtr> exec_simple(std::string_view sql);
  Error error_from(const pg_result* result, std::string_view sql) const;

  pg_conn* m_conn;
  bool m_reading = false;  // between begin_read() and end_read()
  std::unordered_map<std::string, std::string, StringHash, std::equal_to<>> m_statements;
  std::uint64_t m_next_statement = 0;
};

}  // namespace hanse::db
