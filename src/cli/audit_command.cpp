// hanse audit verify: walks the audit chain (S-2) and reports the first
// broken link. Exit 0 when intact, 1 when broken or on an error.
#include <cstdio>

#include "audit/audit_log.h"
#include "cli/commands.h"
#include "cli/options.h"
#include "db/database.h"

namespace hanse::cli {

int audit_command(const Args& args) {
  const std::string summary =
      "Subcommands:\n"
      "  verify   check the hash chain of the audit log; prints \"audit chain intact: N entries\"\n"
      "           (exit 0) or \"audit chain broken at entry ID: REASON\" (exit 1)";
  if (args.empty()) {
    std::fprintf(stderr, "%s", usage("audit verify", summary, {}).c_str());
    return 2;
  }
  bool verify = args[0] == "verify";
  auto parsed = parse_options(Args(args.begin() + (verify ? 1 : 0), args.end()), {});
  if (!parsed) return report(parsed.error());
  if (parsed->help) {
    std::printf("%s", usage("audit verify", summary, {}).c_str());
    return 0;
  }
  if (!verify)
    return report({ErrorKind::invalid_input,
                   "audit: unknown subcommand \"" + args[0] + "\" (expected verify)"});
  auto config = config_from(*parsed);
  if (!config) return report(config.error());
  // No migration here: verification only reads, and must not change the
  // database it is asked to judge.
  auto db = db::open_database(config->database.url, 1);
  if (!db) return report(db.error());
  auto lease = (*db)->acquire();
  if (!lease) return report(lease.error());
  auto verified = audit::AuditLog().verify(**lease);
  if (!verified) return report(verified.error());
  if (verified->broken) {
    std::printf("audit chain broken at entry %lld: %s\n",
                static_cast<long long>(verified->broken->entry_id),
                verified->broken->reason.c_str());
    return 1;
  }
  std::printf("audit chain intact: %lld entries\n", static_cast<long long>(verified->entries));
  return 0;
}

}  // namespace hanse::cli
