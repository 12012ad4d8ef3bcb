// hanse retention run: removes data kept after erasures whose retention has
// run out (P-15), as `hanse serve` does every hour (rights/retention.h), and
// destroys the statistics' salts and visitor keys older than 48 hours (P-9),
// as every flush of `hanse serve` does (stats/salts.h), and deletes expired
// unsubscribe links of marketing mail (marketing/unsubscribe.h): a database
// no server runs on is cleared too.
// Exit 0 (printing how many rows went), 1 on an error.
#include <cstdio>

#include "cli/commands.h"
#include "cli/options.h"
#include "db/migrations.h"
#include "marketing/unsubscribe.h"
#include "rights/retention.h"
#include "stats/salts.h"

namespace hanse::cli {

int retention_command(const Args& args) {
  const std::string summary =
      "Subcommands:\n"
      "  run   remove what erasures kept once its retention has run out; prints\n"
      "        \"retention: N kept row(s) removed\"; destroy the statistics' salts and\n"
      "        visitor keys older than 48 hours; prints \"statistics: N day(s) closed\";\n"
      "        delete expired unsubscribe links; prints \"marketing: N unsubscribe link(s) expired\"";
  if (args.empty() || (args[0] != "run" && args[0] != "--help")) {
    std::fprintf(stderr, "%s", usage("retention run", summary, {}).c_str());
    return 2;
  }
  auto parsed = parse_options(Args(args.begin() + (args[0] == "run" ? 1 : 0), args.end()), {});
  if (!parsed) return report(parsed.error());
  if (parsed->help) {
    std::printf("%s", usage("retention run", summary, {}).c_str());
    return 0;
  }
  auto config = config_from(*parsed);
  if (!config) return report(config.error());
  auto db = db::open_database(config->database.url, 2);
  if (!db) return report(db.error());
  if (auto migrated = db::migrate(**db); !migrated) return report(migrated.error());
  Clock clock;
  clock.set_offset(config->testing.clock_offset_seconds);
  auto removed = rights::run_retention(**db, clock);
  if (!removed) return report(removed.error());
  std::printf("retention: %lld kept row(s) removed\n", static_cast<long long>(*removed));
  stats::SaltBook salts(**db);
  auto closed = salts.destroy_before(stats::day_of(clock.now()));
  if (!closed) return report(closed.error());
  std::printf("statistics: %zu day(s) closed\n", closed->size());
  auto expired = marketing::purge_expired_tokens(**db, clock.now());
  if (!expired) return report(expired.error());
  std::printf("marketing: %lld unsubscribe link(s) expired\n", static_cast<long long>(*expired));
  return 0;
}

}  // namespace hanse::cli
