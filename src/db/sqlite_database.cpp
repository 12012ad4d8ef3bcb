#include "db/sqlite_database.h"

#include "db/sqlite_connection.h"

namespace hanse::db {

SqliteDatabase::SqliteDatabase(std::string path, int pool_size, const SqliteMemory& memory)
    : m_path(std::move(path)),
      m_memory(memory),
      m_pool(
          pool_size,
          [this]() -> Result<std::unique_ptr<Connection>> {
            HANSE_TRY(auto connection, SqliteConnection::open(m_path, m_guard, m_memory));
            return std::unique_ptr<Connection>(std::move(connection));
          },
          [](Connection& connection) { return static_cast<SqliteConnection&>(connection).recycle(); }) {}

Result<std::unique_ptr<SqliteDatabase>> SqliteDatabase::open(const std::string& path, int pool_size,
                                                             const SqliteMemory& memory) {
  if (path.empty()) return fail(ErrorKind::invalid_input, "empty SQLite database path");
  if (memory.cache_mb < 0 || memory.mmap_mb < 0)
    return fail(ErrorKind::invalid_input, "SQLite memory sizes must not be negative");
  std::unique_ptr<SqliteDatabase> db(new SqliteDatabase(path, pool_size, memory));
  {
    HANSE_TRY(Lease first, db->acquire());
    (void)first;  // returned to the pool here, ready for reuse
  }
  return db;
}

Result<Lease> SqliteDatabase::acquire() {
  HANSE_TRY(auto connection, m_pool.take());
  return Lease(this, std::move(connection));
}

bool SqliteDatabase::set_column_guard(std::shared_ptr<const ColumnGuard> guard) {
  m_guard->set(std::move(guard));
  return true;
}

void SqliteDatabase::release(std::unique_ptr<Connection> connection) {
  m_pool.give_back(std::move(connection));
}

}  // namespace hanse::db
