// diff: what changed, clause by clause, between two policy versions.
#include <algorithm>

#include <fmt/format.h>

#include "privacy/policy.h"

namespace hanse::privacy {
namespace {

void list_changes(std::string_view name, const std::vector<std::string>& from,
                  const std::vector<std::string>& to, std::vector<std::string>& out) {
  for (auto& k : to)
    if (std::find(from.begin(), from.end(), k) == from.end()) out.push_back(fmt::format("{}: + {}", name, k));
  for (auto& k : from)
    if (std::find(to.begin(), to.end(), k) == to.end()) out.push_back(fmt::format("{}: - {}", name, k));
}

std::vector<std::string> clause_changes(const Clause& a, const Clause& b) {
  std::vector<std::string> out;
  if (a.title != b.title) out.emplace_back("title");
  if (a.opp115 != b.opp115) out.push_back(fmt::format("opp115: {} -> {}", a.opp115, b.opp115));
  if (a.text != b.text) out.emplace_back("text");
  list_changes("categories", a.categories, b.categories, out);
  list_changes("purposes", a.purposes, b.purposes, out);
  list_changes("recipients", a.recipients, b.recipients, out);
  list_changes("requirements", a.requirements, b.requirements, out);
  if (a.choice != b.choice) out.push_back(fmt::format("choice: {} -> {}", to_string(a.choice), to_string(b.choice)));
  if (a.retention != b.retention)
    out.push_back(fmt::format("retention: \"{}\" -> \"{}\"", a.retention, b.retention));
  return out;
}

}  // namespace

std::vector<ClauseChange> diff(const PolicyVersion& from, const PolicyVersion& to) {
  std::vector<ClauseChange> changes;
  for (auto& clause : to.clauses) {
    const Clause* before = from.clause(clause.id);
    if (before == nullptr) {
      changes.push_back({ClauseChange::added, clause.id, {}});
      continue;
    }
    auto what = clause_changes(*before, clause);
    if (!what.empty()) changes.push_back({ClauseChange::changed, clause.id, std::move(what)});
  }
  for (auto& clause : from.clauses)
    if (to.clause(clause.id) == nullptr) changes.push_back({ClauseChange::removed, clause.id, {}});
  return changes;
}

}  // namespace hanse::privacy
