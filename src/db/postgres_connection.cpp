#include "db/postgres_connection.h"

#include <libpq-fe.h>

#include <charconv>
#include <cstring>
#include <system_error>
#include <vector>

namespace hanse::db {

namespace {

constexpr std::size_t statement_cache_limit = 512;

// Type OIDs from pg_type (stable across PostgreSQL versions).
constexpr Oid bool_oid = 16;
constexpr Oid int8_oid = 20;
constexpr Oid int2_oid = 21;
constexpr Oid int4_oid = 23;
constexpr Oid float4_oid = 700;
constexpr Oid float8_oid = 701;

std::string excerpt(std::string_view sql) {
  constexpr std::size_t limit = 120;
  std::string s(sql.substr(0, limit));
  if (sql.size() > limit) s += "...";
  return s;
}

std::string trimmed(const char* text) {
  std::string s(text ? text : "");
  while (!s.empty() && (s.back() == '\n' || s.back() == ' ')) s.pop_back();
  return s;
}

void ignore_notice(void*, const char*) {}

// Text form of a parameter; nullopt for NULL.
std::optional<std::string> param_text(const Value& value) {
  if (const auto* s = std::get_if<std::string>(&value)) return *s;
  if (const auto* i = std::get_if<std::int64_t>(&value)) return std::to_string(*i);
  if (const auto* d = std::get_if<double>(&value)) {
    char buffer[64];
    auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, *d);
    if (ec != std::errc{}) return std::string("NaN");
    return std::string(buffer, end);
  }
  return std::nullopt;
}

Value column_value(const PGresult* result, int row, int column) {
  if (PQgetisnull(result, row, column)) return std::monostate{};
  const char* text = PQgetvalue(result, row, column);
  std::size_t length = static_cast<std::size_t>(PQgetlength(result, row, column));
  switch (PQftype(result, column)) {
    case int8_oid:
    case int4_oid:
    case int2_oid: {
      std::int64_t n = 0;
      if (std::from_chars(text, text + length, n).ec == std::errc{}) return n;
      break;
    }
    case float8_oid:
    case float4_oid: {
      double d = 0;
      if (std::from_chars(text, text + length, d).ec == std::errc{}) return d;
      break;  // "Infinity" / "NaN" stay text
    }
    case bool_oid: return static_cast<std::int64_t>(text[0] == 't' ? 1 : 0);
    default: break;
  }
  return std::string(text, length);
}

}  // namespace

void PostgresConnection::ResultDeleter::operator()(pg_result* result) const { PQclear(result); }

Result<std::unique_ptr<PostgresConnection>> PostgresConnection::open(const std::string& url,
                                                                     const std::string& label) {
  PGconn* handle = PQconnectdb(url.c_str());
  if (!handle) return fail(ErrorKind::unavailable, "cannot connect to " + label + ": out of memory");
  if (PQstatus(handle) != CONNECTION_OK) {
    std::string message = "cannot connect to " + label + ": " + trimmed(PQerrorMessage(handle));
    PQfinish(handle);
    return fail(ErrorKind::unavailable, message);
  }
  PQsetNoticeProcessor(handle, ignore_notice, nullptr);
  if (PQsetClientEncoding(handle, "UTF8") != 0) {
    std::string message = "cannot use UTF8 with " + label + ": " + trimmed(PQerrorMessage(handle));
    PQfinish(handle);
    return fail(ErrorKind::unavailable, message);
  }
  return std::unique_ptr<PostgresConnection>(new PostgresConnection(handle));
}

PostgresConnection::~PostgresConnection() { PQfinish(m_conn); }

Error PostgresConnection::error_from(const PGresult* result, std::string_view sql) const {
  if (PQstatus(m_conn) == CONNECTION_BAD) {
    return Error{ErrorKind::unavailable,
                 "postgres: connection lost: " + trimmed(PQerrorMessage(m_conn))};
  }
  if (!result) {
    return Error{ErrorKind::unavailable, "postgres: " + trimmed(PQerrorMessage(m_conn))};
  }
  const char* state = PQresultErrorField(result, PG_DIAG_SQLSTATE);
  std::string sqlstate = state ? state : "";
  ErrorKind kind = ErrorKind::internal;
  std::string_view category = std::string_view(sqlstate).substr(0, 2);
  if (category == "23") kind = ErrorKind::conflict;  // integrity constraint violation
  if ((category == "08" && sqlstate != "08P01") || category == "53" || category == "57" || sqlstate == "40001" ||
      sqlstate == "40P01") {
    // Connection, resources, shutdown, retryable; 08P01 is a protocol
    // violation such as a wrong parameter count, a bug on our side.
    kind = ErrorKind::unavailable;
  }
  // The primary message only: DETAIL lines quote the offending values.
  const char* primary = PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY);
  std::string text = primary ? primary : trimmed(PQresultErrorMessage(result));
  return Error{kind, "postgres: " + text + " [" + sqlstate + "] (in: " + excerpt(sql) + ")"};
}

Result<std::string> PostgresConnection::prepare(std::string_view sql) {
  if (auto it = m_statements.find(sql); it != m_statements.end()) return it->second;
  if (m_statements.size() >= statement_cache_limit && PQtransactionStatus(m_conn) == PQTRANS_IDLE) {
    if (exec_simple("DEALLOCATE ALL")) m_statements.clear();
  }
  std::string name = "hanse_" + std::to_string(++m_next_statement);
  std::string text(sql);
  ResultPtr result(PQprepare(m_conn, name.c_str(), text.c_str(), 0, nullptr));
  if (!result || PQresultStatus(result.get()) != PGRES_COMMAND_OK) {
    return std::unexpected(error_from(result.get(), sql));
  }
  m_statements.emplace(std::move(text), name);
  return name;
}

Result<PostgresConnection::ResultPtr> PostgresConnection::run_once(std::string_view sql,
                                                                   Params params,
                                                                   bool* plan_changed) {
  HANSE_TRY(std::string name, prepare(sql));
  std::vector<std::optional<std::string>> texts;
  texts.reserve(params.size());
  for (const Value& value : params) texts.push_back(param_text(value));
  std::vector<const char*> values;
  values.reserve(texts.size());
  for (const auto& text : texts) values.push_back(text ? text->c_str() : nullptr);

  ResultPtr result(PQexecPrepared(m_conn, name.c_str(), static_cast<int>(values.size()),
                                  values.data(), nullptr, nullptr, 0));
  auto status = result ? PQresultStatus(result.get()) : PGRES_FATAL_ERROR;
  if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK) return result;
  if (result) {
    const char* state = PQresultErrorField(result.get(), PG_DIAG_SQLSTATE);
    // A schema change invalidated the cached statement: prepare it afresh.
    if (state && std::strcmp(state, "0A000") == 0) {
      if (auto it = m_statements.find(sql); it != m_statements.end()) m_statements.erase(it);
      *plan_changed = true;
    }
  }
  return std::unexpected(error_from(result.get(), sql));
}

Result<PostgresConnection::ResultPtr> PostgresConnection::run(std::string_view sql, Params params) {
  bool plan_changed = false;
  auto result = run_once(sql, params, &plan_changed);
  if (!result && plan_changed && PQtransactionStatus(m_conn) == PQTRANS_IDLE) {
    return run_once(sql, params, &plan_changed);
  }
  return result;
}

Result<PostgresConnection::ResultPtr> PostgresConnection::exec_simple(std::string_view sql) {
  std::string text(sql);
  ResultPtr result(PQexec(m_conn, text.c_str()));
  auto status = result ? PQresultStatus(result.get()) : PGRES_FATAL_ERROR;
  if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK || status == PGRES_EMPTY_QUERY) {
    return result;
  }
  return std::unexpected(error_from(result.get(), sql));
}

Result<Rows> PostgresConnection::query(std::string_view sql, Params params) {
  HANSE_TRY(ResultPtr result, run(sql, params));
  const int row_count = PQntuples(result.get());
  const int column_count = PQnfields(result.get());
  Rows rows;
  rows.reserve(static_cast<std::size_t>(row_count));
  for (int r = 0; r < row_count; ++r) {
    std::vector<Value> values;
    values.reserve(static_cast<std::size_t>(column_count));
    for (int c = 0; c < column_count; ++c) values.push_back(column_value(result.get(), r, c));
    rows.emplace_back(std::move(values));
  }
  return rows;
}

Result<std::int64_t> PostgresConnection::execute(std::string_view sql, Params params) {
  if (m_reading)
    return fail(ErrorKind::internal, "postgres: a statement that writes inside a read (in: " + excerpt(sql) + ")");
  HANSE_TRY(ResultPtr result, run(sql, params));
  const char* tuples = PQcmdTuples(result.get());
  std::int64_t changed = 0;
  if (tuples && *tuples) std::from_chars(tuples, tuples + std::strlen(tuples), changed);
  return changed;
}

Status PostgresConnection::execute_script(std::string_view sql) {
  if (m_reading) return fail(ErrorKind::internal, "postgres: a script inside a read");
  HANSE_TRY(ResultPtr result, exec_simple(sql));
  (void)result;
  return {};
}

Status PostgresConnection::begin() {
  if (m_reading) return fail(ErrorKind::internal, "postgres: a transaction begun inside a read");
  HANSE_TRY(ResultPtr result, exec_simple("BEGIN"));
  (void)result;
  return {};
}

Status PostgresConnection::commit() {
  HANSE_TRY(ResultPtr result, exec_simple("COMMIT"));
  // COMMIT of a failed transaction "succeeds" as ROLLBACK.
  if (std::strcmp(PQcmdStatus(result.get()), "ROLLBACK") == 0) {
    return fail(ErrorKind::internal,
                "postgres: transaction rolled back because an earlier statement failed");
  }
  return {};
}

Status PostgresConnection::rollback() {
  HANSE_TRY(ResultPtr result, exec_simple("ROLLBACK"));
  (void)result;
  return {};
}

Status PostgresConnection::begin_read() {
  // No BEGIN: see Connection::begin_read.
  auto status = PQtransactionStatus(m_conn);
  if (m_reading || status == PQTRANS_INTRANS || status == PQTRANS_INERROR)
    return fail(ErrorKind::internal, "postgres: a read begun inside a transaction or another read");
  m_reading = true;
  return {};
}

Status PostgresConnection::end_read() {
  m_reading = false;
  return {};
}

bool PostgresConnection::recycle() {
  m_reading = false;
  if (PQstatus(m_conn) != CONNECTION_OK) return false;
  switch (PQtransactionStatus(m_conn)) {
    case PQTRANS_IDLE: return true;
    case PQTRANS_INTRANS:
    case PQTRANS_INERROR: return static_cast<bool>(rollback());
    default: return false;
  }
}

}  // namespace hanse::db
