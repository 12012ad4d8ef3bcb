// hanse policy: dispatches `publish` (cli/policy_publish.cpp, SPEC P-19) and
// `verify`. hanse policy verify (SPEC P-3) reads the result files the test runners
// wrote (scripts/test puts them in .test-run/results) and prints, clause by
// clause of a policy version, the tests that prove it and whether they pass.
// Exit 0 when no clause fails and every unproven clause is in the allow
// file; 1 otherwise or on an error; 2 for bad usage.
#include <algorithm>
#include <charconv>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <string>

#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/options.h"
#include "core/clock.h"
#include "privacy/conformance.h"
#include "privacy/policy.h"

namespace hanse::cli {
namespace {

const std::string kSummary =
    "Subcommands:\n"
    "  publish  publish a new policy version (hanse policy publish --help)\n"
    "  verify   print, for each clause of a policy version, its OPP-115 category, the tests\n"
    "           that prove it (tests named after the clause's SPEC requirements: P4_... proves\n"
    "           P-4; or, for a clause with proven_by, tests named with one of those prefixes)\n"
    "           and pass / FAIL / unproven; exit 0 only when no clause fails and every\n"
    "           unproven clause is listed in the --allow-unproven file";

const std::vector<OptionSpec>& verify_options() {
  static const std::vector<OptionSpec> all = {
      {"--results", "DIR", "folder of JUnit / GoogleTest XML results (default .test-run/results)"},
      {"--allow-unproven", "FILE", "clause ids (one a line) that may stay unproven (policy/unproven.txt)"},
      {"--version", "N", "the policy version to check (default: the version in force now)"},
      {"--tests", "", "list every proving test under its clause"},
  };
  return all;
}

Result<std::string> read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return fail(ErrorKind::not_found, fmt::format("cannot read {}", path));
  return std::string{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

Result<privacy::VersionPtr> pick_version(const privacy::PolicyBook& book, const ParsedOptions& options) {
  auto wanted = options.get("--version");
  if (!wanted) {
    auto version = book.in_force(Clock().now());
    if (!version) return fail(ErrorKind::not_found, "no policy version is in force yet (use --version N)");
    return version;
  }
  int number = 0;
  auto [end, ec] = std::from_chars(wanted->data(), wanted->data() + wanted->size(), number);
  if (ec != std::errc() || end != wanted->data() + wanted->size() || number < 1)
    return fail(ErrorKind::invalid_input, fmt::format("--version: expected a version number, got \"{}\"", *wanted));
  auto version = book.version(number);
  if (!version) return fail(ErrorKind::not_found, fmt::format("policy version {} does not exist", number));
  return version;
}

// "3 tests: A, B, C" / "5 tests: A, B, C, +2 more".
std::string name_some(const std::vector<std::string>& names) {
  constexpr std::size_t kShown = 3;
  std::string text;
  for (std::size_t i = 0; i < names.size() && i < kShown; ++i) text += (i ? ", " : "") + names[i];
  if (names.size() > kShown) text += fmt::format(", +{} more", names.size() - kShown);
  return text;
}

std::string describe_tests(const privacy::ClauseResult& c) {
  auto count = [](std::size_t n) { return fmt::format("{} test{}", n, n == 1 ? "" : "s"); };
  std::string skipped = c.skipped > 0 ? fmt::format(", {} skipped", c.skipped) : "";
  switch (c.status) {
    case privacy::ClauseResult::pass:
      return fmt::format("{}{}: {}", count(c.tests.size()), skipped, name_some(c.tests));
    case privacy::ClauseResult::fail:
      return fmt::format("{}, {} failing: {}", count(c.tests.size()), c.failing.size(),
                         name_some(c.failing));
    default:
      if (c.tests.empty()) return "no test";
      return fmt::format("no passing test ({}{}): {}", count(c.tests.size()), skipped,
                         name_some(c.tests));
  }
}

void print_report(const privacy::Conformance& report, bool all_tests) {
  std::size_t id_width = 2, category_width = 6;
  for (auto& c : report.clauses) {
    id_width = std::max(id_width, c.id.size());
    category_width = std::max(category_width, c.opp115.size());
  }
  for (auto& c : report.clauses) {
    std::printf("%s\n", fmt::format("{:<16} {:<{}} {:<{}} {}", privacy::to_string(c.status), c.id,
                                    id_width, c.opp115, category_width, describe_tests(c))
                            .c_str());
    if (all_tests)
      for (auto& t : c.tests) std::printf("    %s\n", t.c_str());
  }
  for (auto& note : report.notes) std::printf("note: %s\n", note.c_str());
  std::printf("%zu clauses: %d proven, %d failing, %d unproven (%d allowed)\n", report.clauses.size(),
              report.proven, report.failing, report.unproven, report.allowed);
}

int verify(const Args& args) {
  auto parsed = parse_options(args, verify_options());
  if (!parsed) return report(parsed.error());
  if (parsed->help) {
    std::printf("%s", usage("policy verify", kSummary, verify_options()).c_str());
    return 0;
  }
  auto config = config_from(*parsed);
  if (!config) return report(config.error());
  auto book = privacy::PolicyBook::open(config->policy.dir);
  if (!book) return report(book.error());
  auto version = pick_version(**book, *parsed);
  if (!version) return report(version.error());

  std::vector<std::string> allowed;
  if (auto file = parsed->get("--allow-unproven")) {
    auto text = read_file(*file);
    if (!text) return report(text.error());
    auto ids = privacy::parse_allow_list(*text, *file);
    if (!ids) return report(ids.error());
    allowed = std::move(*ids);
  }
  std::string dir = parsed->get("--results").value_or(".test-run/results");
  auto outcomes = privacy::read_test_results(dir);
  if (!outcomes) return report(outcomes.error());
  auto checked = privacy::check_conformance(**version, *outcomes, allowed);
  if (!checked) {
    auto file = parsed->get("--allow-unproven").value_or("");
    return report({checked.error().kind, file + ": " + checked.error().message});
  }

  std::printf("policy version %d (effective %s); %zu test outcomes from %s\n", (*version)->number,
              (*version)->effective.c_str(), outcomes->size(), dir.c_str());
  print_report(*checked, parsed->has("--tests"));
  if (checked->ok()) return 0;
  int not_allowed = checked->unproven - checked->allowed;
  std::fprintf(stderr, "hanse: policy verify: %d clause(s) failing, %d unproven clause(s) not in the allow file\n",
               checked->failing, not_allowed);
  return 1;
}

}  // namespace

int policy_command(const Args& args) {
  if (args.empty()) {
    std::fprintf(stderr, "%s", usage("policy publish|verify", kSummary, verify_options()).c_str());
    return 2;
  }
  if (args[0] == "--help" || args[0] == "-h") {
    std::printf("%s", usage("policy publish|verify", kSummary, verify_options()).c_str());
    return 0;
  }
  if (args[0] == "verify") return verify(Args(args.begin() + 1, args.end()));
  if (args[0] == "publish") return policy_publish_command(Args(args.begin() + 1, args.end()));
  return report({ErrorKind::invalid_input,
                 "policy: unknown subcommand \"" + args[0] + "\" (expected publish or verify)"});
}

}  // namespace hanse::cli
