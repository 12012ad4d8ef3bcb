#include "cli/cli.h"

#include <cstdio>
#include <string_view>

#include "cli/commands.h"
#include "cli/options.h"

namespace hanse::cli {
namespace {

struct Command {
  std::string_view name;
  std::string_view summary;
  int (*run)(const Args&);
};

constexpr Command kCommands[] = {
    {"serve", "run the web site", serve_command},
    {"migrate", "bring the database schema up to date", migrate_command},
    {"demo", "fill the database with deterministic demo data", demo_command},
    {"staff", "manage staff accounts (hanse staff add --email E --role R)", staff_command},
    {"audit", "check the audit log's hash chain (hanse audit verify)", audit_command},
    {"policy", "publish a policy version or check that tests prove it (hanse policy publish|verify)",
     policy_command},
    {"retention", "remove data kept after erasures once its time has come (hanse retention run)",
     retention_command},
    {"version", "print the version", version_command},
};

void print_help(std::FILE* out) {
  std::fprintf(out,
               "Usage: hanse COMMAND [options]\n\n"
               "Hanse, a trade marketplace whose privacy policy is enforced by the software.\n\n"
               "Commands:\n");
  for (auto& c : kCommands)
    std::fprintf(out, "  %-10.*s %.*s\n", static_cast<int>(c.name.size()), c.name.data(),
                 static_cast<int>(c.summary.size()), c.summary.data());
  std::fprintf(out,
               "\nEvery command takes --data DIR, --database URL and --config FILE.\n"
               "Run `hanse COMMAND --help` for a command's options.\n");
}

}  // namespace

int run(int argc, char** argv) {
  if (argc < 2) {
    print_help(stderr);
    return 2;
  }
  std::string_view name = argv[1];
  if (name == "--help" || name == "-h" || name == "help") {
    print_help(stdout);
    return 0;
  }
  if (name == "--version") return version_command({});
  Args args(argv + 2, argv + argc);
  for (auto& c : kCommands)
    if (c.name == name) return c.run(args);
  std::fprintf(stderr, "hanse: unknown command \"%s\"\n\n", argv[1]);
  print_help(stderr);
  return 2;
}

int version_command(const Args& args) {
  auto parsed = parse_options(args, {});
  if (!parsed) return report(parsed.error());
  if (parsed->help) {
    std::printf("%s", usage("version", "Prints the version of this hanse build.", {}).c_str());
    return 0;
  }
  std::printf("hanse %s\n", HANSE_VERSION);
  return 0;
}

}  // namespace hanse::cli
