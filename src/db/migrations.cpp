// Forward-only schema migrations, one transaction each, recorded in
// schema_migrations.
#include "db/migrations.h"

#include <algorithm>
#include <array>

#include "core/clock.h"

namespace hanse::db {

namespace {

// Any constant: concurrent migrators of one PostgreSQL database queue on it.
constexpr std::int64_t migration_lock_key = 0x48414e5345;  // "HANSE"

const char* backend_name(Backend backend) {
  return backend == Backend::sqlite ? "sqlite" : "postgres";
}

std::vector<const EmbeddedMigration*> migrations_for(Backend backend) {
  std::vector<const EmbeddedMigration*> list;
  std::string_view name = backend_name(backend);
  for (const auto& m : embedded_migrations()) {
    if (name == m.backend) list.push_back(&m);
  }
  std::sort(list.begin(), list.end(),
            [](const auto* a, const auto* b) { return a->number < b->number; });
  return list;
}

Result<bool> table_exists(Connection& conn) {
  const char* sql = conn.backend() == Backend::sqlite
                        ? "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = $1"
                        : "SELECT count(*) FROM pg_catalog.pg_tables "
                          "WHERE tablename = $1 AND schemaname = current_schema()";
  std::array<Value, 1> params{std::string("schema_migrations")};
  HANSE_TRY(Row row, conn.query_one(sql, params));
  return row.integer(0) > 0;
}

Result<int> version_on(Connection& conn) {
  HANSE_TRY(bool exists, table_exists(conn));
  if (!exists) return 0;
  HANSE_TRY(Row row, conn.query_one("SELECT COALESCE(MAX(version), 0) FROM schema_migrations"));
  return static_cast<int>(row.integer(0));
}

Status refuse_if_newer(int current, int latest) {
  if (current <= latest) return {};
  return fail(ErrorKind::conflict, "database schema version " + std::to_string(current) +
                                       " is newer than this hanse build (" +
                                       std::to_string(latest) + "); upgrade hanse");
}

// Inside one transaction: applies the next pending migration, if any.
// Returns whether one was applied.
Result<bool> apply_next(Connection& conn, const std::vector<const EmbeddedMigration*>& list) {
  if (conn.backend() == Backend::postgres) {
    std::array<Value, 1> key{migration_lock_key};
    HANSE_TRY(Rows locked, conn.query("SELECT pg_advisory_xact_lock($1::bigint)", key));
    (void)locked;
  }  // SQLite: BEGIN IMMEDIATE already holds the write lock.
  HANSE_TRY_STATUS(conn.execute_script(
      "CREATE TABLE IF NOT EXISTS schema_migrations ("
      " version BIGINT PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)"));
  HANSE_TRY(int current, version_on(conn));
  int latest = list.empty() ? 0 : list.back()->number;
  HANSE_TRY_STATUS(refuse_if_newer(current, latest));

  auto next = std::find_if(list.begin(), list.end(),
                           [current](const auto* m) { return m->number > current; });
  if (next == list.end()) return false;
  const EmbeddedMigration& m = **next;
  if (auto applied = conn.execute_script(m.sql); !applied) {
    return fail(applied.error().kind,
                "migration " + std::string(m.name) + " failed: " + applied.error().message);
  }
  std::array<Value, 3> row{static_cast<std::int64_t>(m.number), std::string(m.name),
                           Clock{}.now()};
  HANSE_TRY(std::int64_t inserted,
            conn.execute("INSERT INTO schema_migrations (version, name, applied_at) "
                         "VALUES ($1, $2, $3)",
                         row));
  (void)inserted;
  return true;
}

}  // namespace

int latest_schema_version(Backend backend) {
  auto list = migrations_for(backend);
  return list.empty() ? 0 : list.back()->number;
}

Result<int> current_schema_version(Database& db) {
  HANSE_TRY(Lease lease, db.acquire());
  return version_on(*lease);
}

Result<int> migrate(Database& db) {
  auto list = migrations_for(db.backend());
  for (std::size_t i = 1; i < list.size(); ++i) {
    if (list[i]->number == list[i - 1]->number) {
      return fail(ErrorKind::internal,
                  "two migrations numbered " + std::to_string(list[i]->number) + " for " +
                      backend_name(db.backend()));
    }
  }
  int applied = 0;
  for (;;) {
    HANSE_TRY(bool did_apply,
              db.transaction([&](Connection& conn) { return apply_next(conn, list); }));
    if (!did_apply) return applied;
    ++applied;
  }
}

}  // namespace hanse::db
