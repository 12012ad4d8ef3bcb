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
int version_command(const Args& args);

}  // namespace hanse::cli
