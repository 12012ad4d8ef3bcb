#include "core/text.h"
#include "privacy/conformance.h"

#include <algorithm>
#include <set>

#include <fmt/format.h>
#include <fmt/ranges.h>

namespace hanse::privacy {
namespace {

bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_suite_char(char c) {
  return is_upper(c) || is_digit(c) || (c >= 'a' && c <= 'z') || c == '_' || c == '/' || c == '.';
}

// "P-4" -> "P4_"; empty for anything that is not LETTERS-DIGITS.
std::string test_prefix(std::string_view requirement) {
  auto dash = requirement.find('-');
  if (dash == std::string_view::npos || dash == 0 || dash + 1 == requirement.size()) return {};
  std::string_view letters = requirement.substr(0, dash);
  std::string_view digits = requirement.substr(dash + 1);
  if (!std::all_of(letters.begin(), letters.end(), is_upper)) return {};
  if (!std::all_of(digits.begin(), digits.end(), is_digit)) return {};
  return std::string(letters) + std::string(digits) + "_";
}

bool allowed_id_char(char c) { return (c >= 'a' && c <= 'z') || is_digit(c) || c == '-'; }

ClauseResult judge(const Clause& clause, const std::vector<TestOutcome>& outcomes, bool allowed) {
  ClauseResult result;
  result.id = clause.id;
  result.title = clause.title;
  result.opp115 = clause.opp115;
  std::set<std::string> tests, failing;
  for (auto& outcome : outcomes) {
    bool proving = proves_clause(outcome.name, clause);
    if (!proving) continue;
    tests.insert(outcome.label());
    switch (outcome.result) {
      case TestOutcome::passed: ++result.passed; break;
      case TestOutcome::failed:
        ++result.failed;
        failing.insert(outcome.label());
        break;
      case TestOutcome::skipped: ++result.skipped; break;
    }
  }
  result.tests.assign(tests.begin(), tests.end());
  result.failing.assign(failing.begin(), failing.end());
  if (result.failed > 0) result.status = ClauseResult::fail;
  else if (result.passed > 0) result.status = ClauseResult::pass;
  else result.status = allowed ? ClauseResult::allowed_unproven : ClauseResult::unproven;
  return result;
}

}  // namespace

bool proves(std::string_view test_name, std::string_view requirement) {
  std::string prefix = test_prefix(requirement);
  if (prefix.empty()) return false;
  return test_named(test_name, prefix);
}

bool proves_clause(std::string_view test_name, const Clause& clause) {
  if (!clause.proven_by.empty())
    return std::any_of(clause.proven_by.begin(), clause.proven_by.end(),
                       [&](const std::string& prefix) { return test_named(test_name, prefix); });
  return std::any_of(clause.requirements.begin(), clause.requirements.end(),
                     [&](const std::string& r) { return proves(test_name, r); });
}

bool test_named(std::string_view test_name, std::string_view prefix) {
  if (prefix.empty()) return false;
  if (test_name.starts_with(prefix)) return true;
  // "Suite.Name" or "Instance/Suite.Name/param": the name after the suite.
  std::size_t n = 0;
  while (n < test_name.size() && is_suite_char(test_name[n])) ++n;
  auto dot = test_name.substr(0, n).rfind('.');
  return dot != std::string_view::npos && dot > 0 && test_name.substr(dot + 1).starts_with(prefix);
}

std::string_view to_string(ClauseResult::Status status) {
  switch (status) {
    case ClauseResult::pass: return "pass";
    case ClauseResult::fail: return "FAIL";
    case ClauseResult::unproven: return "unproven";
    case ClauseResult::allowed_unproven: return "allowed-unproven";
  }
  return "?";
}

Result<std::vector<std::string>> parse_allow_list(std::string_view text,
                                                  std::string_view source_name) {
  std::vector<std::string> ids;
  int line_number = 0;
  while (!text.empty()) {
    ++line_number;
    auto newline = text.find('\n');
    std::string_view line = text.substr(0, newline);
    text.remove_prefix(newline == std::string_view::npos ? text.size() : newline + 1);
    if (auto hash = line.find('#'); hash != std::string_view::npos) line = line.substr(0, hash);
    line = trim(line);
    if (line.empty()) continue;
    if (!std::all_of(line.begin(), line.end(), allowed_id_char) || line.front() == '-')
      return fail(ErrorKind::invalid_input,
                  fmt::format("{}:{}: \"{}\" is not a clause id (one kebab-case id per line)",
                              source_name, line_number, line));
    if (std::find(ids.begin(), ids.end(), line) != ids.end())
      return fail(ErrorKind::invalid_input,
                  fmt::format("{}:{}: clause \"{}\" is listed twice", source_name, line_number, line));
    ids.emplace_back(line);
  }
  return ids;
}

Result<Conformance> check_conformance(const PolicyVersion& version,
                                      const std::vector<TestOutcome>& outcomes,
                                      const std::vector<std::string>& allowed) {
  std::vector<std::string> unknown;
  for (auto& id : allowed)
    if (version.clause(id) == nullptr) unknown.push_back("\"" + id + "\"");
  if (!unknown.empty())
    return fail(ErrorKind::invalid_input,
                fmt::format("the allow file lists {}, not {} of policy version {}",
                            fmt::join(unknown, ", "),
                            unknown.size() == 1 ? "a clause" : "clauses", version.number));
  Conformance report;
  report.version = version.number;
  for (auto& clause : version.clauses) {
    bool is_allowed = std::find(allowed.begin(), allowed.end(), clause.id) != allowed.end();
    ClauseResult result = judge(clause, outcomes, is_allowed);
    switch (result.status) {
      case ClauseResult::pass:
        ++report.proven;
        if (is_allowed)
          report.notes.push_back(fmt::format(
              "clause {} is proven ({} passing test outcome(s)): remove it from the allow file",
              clause.id, result.passed));
        break;
      case ClauseResult::fail: ++report.failing; break;
      case ClauseResult::unproven: ++report.unproven; break;
      case ClauseResult::allowed_unproven:
        ++report.unproven;
        ++report.allowed;
        break;
    }
    report.clauses.push_back(std::move(result));
  }
  return report;
}

}  // namespace hanse::privacy
