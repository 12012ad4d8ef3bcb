// Numbered schema migrations per backend, embedded at build time from
// migrations/<backend>/NNN_name.sql (see cmake/embed_migrations.cmake).
#pragma once

#include <string>
#include <vector>

#include "core/result.h"
#include "db/database.h"

namespace hanse::db {

struct EmbeddedMigration {
  const char* backend;  // "sqlite" or "postgres"
  int number;
  const char* name;
  const char* sql;
};

const std::vector<EmbeddedMigration>& embedded_migrations();

// The highest migration number this binary knows for the backend.
int latest_schema_version(Backend backend);

// The schema version recorded in the database (0 when empty).
Result<int> current_schema_version(Database& db);

// Applies every migration newer than the database's version, each in its
// own transaction, and returns the number applied.
// Errors: ErrorKind::conflict when the database's schema is newer than this
// binary ("database schema version N is newer than this hanse build (M);
// upgrade hanse"); ErrorKind::unavailable when the database is down.
Result<int> migrate(Database& db);

}  // namespace hanse::db
