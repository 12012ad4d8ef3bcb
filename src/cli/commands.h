// One function per subcommand; each parses its own options and returns
// the process exit code (0 success, 1 failure, 2 bad usage).
#pragma once

#include <string>
#include <vector>

namespace hanse::cli {

using Args = std::vector<std::string>;

int serve_command(const Args& args);
int migrate_command(const Args& args);
int demo_command(const Args& args);
int staff_command(const Args& args);
int audit_command(const Args& args);
int policy_command(const Args& args);         // dispatches verify / publish
int policy_publish_command(const Args& args);  // hanse policy publish (cli/policy_publish.cpp)
int retention_command(const Args& args);     // hanse retention run (P-15, cli/retention_command.cpp)
int version_command(const Args& args);

}  // namespace hanse::cli
