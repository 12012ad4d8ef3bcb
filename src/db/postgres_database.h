// The PostgreSQL Database: a pool of PostgresConnections to one server.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "db/connection_pool.h"
#include "db/database.h"

namespace hanse::db {

// The URL without its password (user info after ':' and any password=
// query parameter removed), safe to log.
std::string redact_postgres_url(std::string_view url);

class PostgresDatabase final : public Database {
 public:
  // Connects once at once so a wrong URL or a down server fails here.
  // Errors: ErrorKind::unavailable when the first connection fails.
  static Result<std::unique_ptr<PostgresDatabase>> open(const std::string& url, int pool_size);

  // Borrows a connection; a connection found broken when it came back was
  // closed, and a new one is opened in its place.
  Result<Lease> acquire() override;
  Backend backend() const override { return Backend::postgres; }
  std::string describe() const override { return m_label; }

 protected:
  void release(std::unique_ptr<Connection> connection) override;

 private:
  PostgresDatabase(std::string url, int pool_size);

  std::string m_url;    // holds the password: never log
  std::string m_label;  // redacted
  ConnectionPool m_pool;
};

}  // namespace hanse::db
