// Chooses the backend from the URL.
#include <string_view>

#include "db/database.h"
#include "db/postgres_database.h"
#include "db/sqlite_database.h"

namespace hanse::db {

Result<std::unique_ptr<Database>> open_database(const std::string& url, int pool_size,
                                                const SqliteMemory& sqlite) {
  if (url.empty()) return fail(ErrorKind::invalid_input, "empty database URL");
  if (pool_size < 1) return fail(ErrorKind::invalid_input, "database pool size must be at least 1");
  std::string_view view(url);

  if (view.starts_with("postgres://") || view.starts_with("postgresql://")) {
    HANSE_TRY(auto db, PostgresDatabase::open(url, pool_size));
    return std::unique_ptr<Database>(std::move(db));
  }

  std::string path;
  if (view.starts_with("sqlite:")) {
    std::string_view rest = view.substr(7);
    if (rest.starts_with("//")) rest.remove_prefix(2);  // sqlite:///abs/path
    path = std::string(rest);
  } else if (std::size_t scheme = view.find("://"); scheme != std::string_view::npos) {
    return fail(ErrorKind::invalid_input,
                "unsupported database URL scheme '" + std::string(view.substr(0, scheme)) +
                    "' (use sqlite:PATH or postgres://...)");
  } else {
    path = url;  // a plain file path
  }
  // Every connection to ":memory:" would see its own empty database.
  if (path == ":memory:") pool_size = 1;
  HANSE_TRY(auto db, SqliteDatabase::open(path, pool_size, sqlite));
  return std::unique_ptr<Database>(std::move(db));
}

}  // namespace hanse::db
