// hanse migrate: applies the schema migrations this build knows.
#include <cstdio>

#include "cli/commands.h"
#include "cli/options.h"
#include "db/database.h"
#include "db/migrations.h"

namespace hanse::cli {

int migrate_command(const Args& args) {
  auto parsed = parse_options(args, {});
  if (!parsed) return report(parsed.error());
  if (parsed->help) {
    std::printf("%s", usage("migrate",
                            "Applies every schema migration newer than the database's version.\n"
                            "Refuses a database whose schema is newer than this build.", {})
                          .c_str());
    return 0;
  }
  auto config = config_from(*parsed);
  if (!config) return report(config.error());
  auto db = db::open_database(config->database.url, 2);
  if (!db) return report(db.error());
  auto applied = db::migrate(**db);
  if (!applied) return report(applied.error());
  auto version = db::current_schema_version(**db);
  if (!version) return report(version.error());
  std::printf("applied %d migration(s); schema version %d\n", *applied, *version);
  return 0;
}

}  // namespace hanse::cli
