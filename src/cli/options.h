// Command-line parsing shared by the subcommands: every subcommand takes
// --data, --database and --config (so any command can be pointed at the
// database a server uses) plus its own options.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/config.h"
#include "core/result.h"

namespace hanse::cli {

struct OptionSpec {
  std::string name;  // "--listen"
  std::string value_name;  // "ADDR:PORT"; empty for a flag
  std::string help;
};

struct ParsedOptions {
  std::map<std::string, std::string> values;  // option name -> value ("" for flags)
  bool help = false;

  std::optional<std::string> get(const std::string& name) const;
  bool has(const std::string& name) const { return values.contains(name); }
};

// The three options every subcommand accepts.
const std::vector<OptionSpec>& common_options();

// Parses args (after the subcommand name) against common_options() plus own.
// Errors: invalid_input naming an unknown option or a missing value.
Result<ParsedOptions> parse_options(const std::vector<std::string>& args,
                                    const std::vector<OptionSpec>& own);

// "Usage: hanse NAME [options]" with the summary and each option's help.
std::string usage(const std::string& name, const std::string& summary,
                  const std::vector<OptionSpec>& own);

// Loads the configuration the common options point at.
Result<Config> config_from(const ParsedOptions& options);

// Prints "hanse: MESSAGE" to stderr and returns exit code 1 (or 2 for usage).
int report(const Error& error);

}  // namespace hanse::cli
