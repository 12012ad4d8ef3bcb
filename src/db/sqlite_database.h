// The SQLite Database: a pool of SqliteConnections to one file.
#pragma once

#include <memory>
#include <string>

#include "db/column_guard.h"
#include "db/connection_pool.h"
#include "db/database.h"

namespace hanse::db {

class SqliteDatabase final : public Database {
 public:
  // Opens the first connection at once so a bad path fails here.
  // Errors: ErrorKind::unavailable when the file cannot be opened.
  static Result<std::unique_ptr<SqliteDatabase>> open(const std::string& path, int pool_size,
                                                      const SqliteMemory& memory = {});

  Result<Lease> acquire() override;
  Backend backend() const override { return Backend::sqlite; }
  std::string describe() const override { return "sqlite:" + m_path; }
  bool set_column_guard(std::shared_ptr<const ColumnGuard> guard) override;

 protected:
  void release(std::unique_ptr<Connection> connection) override;

 private:
  SqliteDatabase(std::string path, int pool_size, const SqliteMemory& memory);

  std::string m_path;
  SqliteMemory m_memory;
  std::shared_ptr<ColumnGuardSlot> m_guard = std::make_shared<ColumnGuardSlot>();
  ConnectionPool m_pool;
};

}  // namespace hanse::db
