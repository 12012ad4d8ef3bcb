// The command line: hanse serve | migrate | demo | staff | version.
#pragma once

namespace hanse::cli {

// Dispatches to a subcommand and returns the process exit code.
int run(int argc, char** argv);

}  // namespace hanse::cli
