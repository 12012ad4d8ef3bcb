// hanse staff add --email E --role admin|support|compliance
// Creates a staff account and prints a single-use link with which that
// person sets their own password (no command ever shows or asks for one).
#include <cstdio>

#include "cli/commands.h"
#include "cli/options.h"
#include "core/paths.h"
#include "db/migrations.h"
#include "staff/staff.h"
#include "web/app.h"

namespace hanse::cli {

int staff_command(const Args& args) {
  const std::vector<OptionSpec> own = {
      {"--email", "E", "the staff member's e-mail address"},
      {"--role", "ROLE", "admin, support or compliance"}};
  const std::string summary =
      "Creates a staff account and prints a single-use link (valid 24 hours) with\n"
      "which the person sets their own password. No command shows or asks for one.";
  if (args.empty()) {
    std::fprintf(stderr, "%s", usage("staff add", summary, own).c_str());
    return 2;
  }
  auto parsed = parse_options(std::vector<std::string>(args.begin() + (args[0] == "add"), args.end()), own);
  if (!parsed) return report(parsed.error());
  if (parsed->help) {
    std::printf("%s", usage("staff add", summary, own).c_str());
    return 0;
  }
  if (args[0] != "add") return report({ErrorKind::invalid_input, "staff: unknown subcommand \"" + args[0] + "\" (expected add)"});
  auto email = parsed->get("--email");
  auto role_text = parsed->get("--role");
  if (!email) return report({ErrorKind::invalid_input, "staff add: --email is required"});
  if (!role_text) return report({ErrorKind::invalid_input, "staff add: --role is required"});
  auto role = staff::parse_role(*role_text);
  if (!role)
    return report({ErrorKind::invalid_input,
                   "--role: unknown role \"" + *role_text + "\" (expected admin, support or compliance)"});
  auto config = config_from(*parsed);
  if (!config) return report(config.error());
  auto db = db::open_database(config->database.url, 2);
  if (!db) return report(db.error());
  if (auto migrated = db::migrate(**db); !migrated) return report(migrated.error());
  Clock clock;
  staff::Staff accounts(**db, clock, web::staff_settings(*config));
  auto token = accounts.add(*email, *role);
  if (!token) return report(token.error());
  std::printf("Staff account created for %s (%s).\n", email->c_str(), staff::to_string(*role));
  std::printf("Send this single-use link to them to set their password (valid 24 hours):\n");
  std::printf("%s\n", paths::absolute(config->site.base_url, paths::staff_password(*token)).c_str());
  return 0;
}

}  // namespace hanse::cli
