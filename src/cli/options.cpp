#include "cli/options.h"

#include <cstdio>

#include <fmt/format.h>

namespace hanse::cli {

std::optional<std::string> ParsedOptions::get(const std::string& name) const {
  auto it = values.find(name);
  if (it == values.end()) return std::nullopt;
  return it->second;
}

const std::vector<OptionSpec>& common_options() {
  static const std::vector<OptionSpec> all = {
      {"--data", "DIR", "data folder (default ./data; the SQLite database lives there)"},
      {"--database", "URL", "database URL: sqlite:PATH or postgres://USER@HOST:PORT/DB"},
      {"--config", "FILE", "TOML configuration file (HANSE_<SECTION>_<KEY> variables override it)"},
  };
  return all;
}

Result<ParsedOptions> parse_options(const std::vector<std::string>& args,
                                    const std::vector<OptionSpec>& own) {
  ParsedOptions out;
  auto find = [&](const std::string& name) -> const OptionSpec* {
    for (auto& o : common_options()) if (o.name == name) return &o;
    for (auto& o : own) if (o.name == name) return &o;
    return nullptr;
  };
  for (std::size_t i = 0; i < args.size(); ++i) {
    std::string arg = args[i];
    if (arg == "--help" || arg == "-h") {
      out.help = true;
      continue;
    }
    std::optional<std::string> inline_value;
    if (auto eq = arg.find('='); arg.starts_with("--") && eq != std::string::npos) {
      inline_value = arg.substr(eq + 1);
      arg = arg.substr(0, eq);
    }
    const OptionSpec* spec = find(arg);
    if (spec == nullptr) return fail(ErrorKind::invalid_input, fmt::format("unknown option \"{}\"", arg));
    if (spec->value_name.empty()) {
      out.values[arg] = "";
      continue;
    }
    if (inline_value) {
      out.values[arg] = *inline_value;
    } else if (i + 1 < args.size()) {
      out.values[arg] = args[++i];
    } else {
      return fail(ErrorKind::invalid_input, fmt::format("{} needs a value ({})", arg, spec->value_name));
    }
  }
  return out;
}

std::string usage(const std::string& name, const std::string& summary,
                  const std::vector<OptionSpec>& own) {
  std::string text = fmt::format("Usage: hanse {} [options]\n\n{}\n\nOptions:\n", name, summary);
  auto line = [&](const OptionSpec& o) {
    auto left = o.value_name.empty() ? o.name : o.name + " " + o.value_name;
    text += fmt::format("  {:<22} {}\n", left, o.help);
  };
  for (auto& o : own) line(o);
  for (auto& o : common_options()) line(o);
  text += fmt::format("  {:<22} {}\n", "--help", "show this help");
  return text;
}

Result<Config> config_from(const ParsedOptions& options) {
  ConfigSources sources;
  sources.config_file = options.get("--config").value_or("");
  sources.data_dir = options.get("--data").value_or("");
  sources.database_url = options.get("--database").value_or("");
  sources.listen = options.get("--listen").value_or("");
  return load_config(sources);
}

int report(const Error& error) {
  std::fprintf(stderr, "hanse: %s\n", error.message.c_str());
  return error.kind == ErrorKind::invalid_input ? 2 : 1;
}

}  // namespace hanse::cli
