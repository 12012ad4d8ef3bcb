// parse_policy: one policy file (TOML) -> PolicyVersion, refusing anything
// it does not know, with a message that says where.
#include <algorithm>
#include <array>
#include <set>

#include <fmt/format.h>
#include <toml++/toml.h>

#include "privacy/policy.h"

namespace hanse::privacy {
namespace {

constexpr std::array<std::string_view, 4> kTopKeys = {"version", "published", "effective", "summary"};
constexpr std::string_view kClauseKey = "clause";
constexpr std::array<std::string_view, 11> kClauseKeys = {
    "id", "title", "opp115", "text", "categories", "purposes", "recipients", "choice", "retention",
    "requirements", "proven_by"};
// Ids the page layout uses as anchors itself.
constexpr std::array<std::string_view, 3> kReservedIds = {"main", "contents", "clauses"};

// Where a problem is: "policy/v1.toml: clause \"passwords\"".
struct Where {
  std::string_view source;
  std::string clause;  // empty at top level

  std::unexpected<Error> error(std::string_view key, std::string_view problem) const {
    if (clause.empty())
      return fail(ErrorKind::invalid_input, fmt::format("{}: key \"{}\": {}", source, key, problem));
    return fail(ErrorKind::invalid_input,
                fmt::format("{}: {}: key \"{}\": {}", source, clause, key, problem));
  }
};

bool kebab(std::string_view s) {
  if (s.empty() || s.front() == '-' || s.back() == '-') return false;
  char prev = 0;
  for (char c : s) {
    bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    if (!ok || (c == '-' && prev == '-')) return false;
    prev = c;
  }
  return true;
}

// "P-4", "S-1", "M-12".
bool requirement_id(std::string_view s) {
  auto dash = s.find('-');
  if (dash == std::string_view::npos || dash == 0 || dash + 1 == s.size()) return false;
  for (std::size_t i = 0; i < dash; ++i)
    if (s[i] < 'A' || s[i] > 'Z') return false;
  for (std::size_t i = dash + 1; i < s.size(); ++i)
    if (s[i] < '0' || s[i] > '9') return false;
  return true;
}

// "P-11" -> "P11_" (the test prefix, conformance.h); requirement_id(s) holds.
std::string test_prefix(std::string_view requirement) {
  auto dash = requirement.find('-');
  return std::string(requirement.substr(0, dash)) + std::string(requirement.substr(dash + 1)) + "_";
}

// A test-name prefix: letters, digits and '_'.
bool test_name_prefix(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
  });
}

// The first placeholder-like piece that is not one we fill, or "".
std::string bad_placeholder(std::string_view text) {
  static constexpr std::array<std::string_view, 3> known = {"{operator}", "{contact_email}",
                                                            "{site_name}"};
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '}') return "}";
    if (text[i] != '{') continue;
    auto rest = text.substr(i);
    auto hit = std::find_if(known.begin(), known.end(), [&](auto k) { return rest.starts_with(k); });
    if (hit == known.end()) return std::string(rest.substr(0, std::min<std::size_t>(rest.find('}'), 30) + 1));
    i += hit->size() - 1;
  }
  return {};
}

template <std::size_t N>
Status only_known_keys(const toml::table& table, const std::array<std::string_view, N>& known,
                       const Where& where, std::string_view also = {}) {
  for (auto&& [key, node] : table) {
    (void)node;
    auto k = key.str();
    if (k == also && !also.empty()) continue;
    if (std::find(known.begin(), known.end(), k) == known.end()) return where.error(k, "unknown key");
  }
  return {};
}

Result<std::string> text_field(const toml::table& table, std::string_view key, const Where& where) {
  const toml::node* node = table.get(key);
  if (node == nullptr) return where.error(key, "missing");
  auto value = node->value_exact<std::string>();
  if (!value) return where.error(key, "expected a string");
  auto trimmed = *value;
  trimmed.erase(0, trimmed.find_first_not_of(" \t\r\n"));
  trimmed.erase(trimmed.find_last_not_of(" \t\r\n") + 1);
  if (trimmed.empty()) return where.error(key, "must not be empty");
  if (auto bad = bad_placeholder(trimmed); !bad.empty())
    return where.error(key, fmt::format("unknown placeholder \"{}\" (known: {{operator}}, "
                                        "{{contact_email}}, {{site_name}})", bad));
  return trimmed;
}

Result<std::vector<std::string>> list_field(const toml::table& table, std::string_view key,
                                            const Where& where) {
  const toml::node* node = table.get(key);
  if (node == nullptr) return where.error(key, "missing");
  const toml::array* array = node->as_array();
  if (array == nullptr) return where.error(key, "expected an array of strings");
  std::vector<std::string> out;
  for (auto& item : *array) {
    auto value = item.value_exact<std::string>();
    if (!value) return where.error(key, "expected an array of strings");
    if (std::find(out.begin(), out.end(), *value) != out.end())
      return where.error(key, fmt::format("\"{}\" is listed twice", *value));
    out.push_back(*value);
  }
  return out;
}

Result<std::int64_t> date_field(const toml::table& table, std::string_view key, const Where& where,
                                std::string& text) {
  const toml::node* node = table.get(key);
  if (node == nullptr) return where.error(key, "missing");
  auto value = node->value_exact<std::string>();
  if (!value) return where.error(key, "expected a date as a string \"YYYY-MM-DD\"");
  auto at = parse_iso_date(*value);
  if (!at) return where.error(key, at.error().message);
  text = *value;
  return *at;
}

Result<Choice> choice_field(const toml::table& table, const Where& where) {
  HANSE_TRY(auto text, text_field(table, "choice", where));
  for (auto c : {Choice::always, Choice::opt_out, Choice::opt_in})
    if (to_string(c) == text) return c;
  return where.error("choice", fmt::format("\"{}\" is not one of always, opt-out, opt-in", text));
}

Result<Clause> parse_clause(const toml::table& table, std::size_t index, const Taxonomy& taxonomy,
                            std::string_view source) {
  Where where{source, fmt::format("clause #{}", index + 1)};
  Clause clause;
  HANSE_TRY(clause.id, text_field(table, "id", where));
  if (!kebab(clause.id)) return where.error("id", fmt::format("\"{}\" is not kebab-case", clause.id));
  if (std::find(kReservedIds.begin(), kReservedIds.end(), clause.id) != kReservedIds.end())
    return where.error("id", fmt::format("\"{}\" is reserved for the page layout", clause.id));
  where.clause = fmt::format("clause \"{}\"", clause.id);
  HANSE_TRY_STATUS(only_known_keys(table, kClauseKeys, where));

  HANSE_TRY(clause.title, text_field(table, "title", where));
  HANSE_TRY(clause.opp115, text_field(table, "opp115", where));
  auto& opp = opp115_categories();
  if (std::find(opp.begin(), opp.end(), clause.opp115) == opp.end())
    return where.error("opp115", fmt::format("\"{}\" is not an OPP-115 category", clause.opp115));
  HANSE_TRY(clause.text, text_field(table, "text", where));

  HANSE_TRY(clause.categories, list_field(table, "categories", where));
  for (auto& key : clause.categories)
    if (taxonomy.category(key) == nullptr)
      return where.error("categories", fmt::format("unknown category \"{}\"", key));
  HANSE_TRY(clause.purposes, list_field(table, "purposes", where));
  for (auto& key : clause.purposes)
    if (taxonomy.purpose(key) == nullptr)
      return where.error("purposes", fmt::format("unknown purpose \"{}\"", key));
  if (clause.categories.empty() != clause.purposes.empty())
    return where.error(clause.categories.empty() ? "categories" : "purposes",
                       "categories and purposes must both be empty or both be given");
  HANSE_TRY(clause.recipients, list_field(table, "recipients", where));
  for (auto& r : clause.recipients)
    if (!recipient_known(r)) return where.error("recipients", fmt::format("unknown recipient \"{}\"", r));
  if (!clause.categories.empty() && clause.recipients.empty())
    return where.error("recipients", "must name who receives the data the clause covers");

  HANSE_TRY(clause.choice, choice_field(table, where));
  HANSE_TRY(clause.retention, text_field(table, "retention", where));
  HANSE_TRY(clause.requirements, list_field(table, "requirements", where));
  for (auto& r : clause.requirements)
    if (!requirement_id(r))
      return where.error("requirements", fmt::format("\"{}\" is not a requirement id such as P-4", r));
  if (table.get("proven_by") != nullptr) {
    HANSE_TRY(clause.proven_by, list_field(table, "proven_by", where));
    if (clause.proven_by.empty()) return where.error("proven_by", "must not be empty when given");
    for (auto& prefix : clause.proven_by) {
      if (!test_name_prefix(prefix))
        return where.error("proven_by", fmt::format("\"{}\" is not a test-name prefix (letters, digits, _)", prefix));
      bool fits = std::any_of(clause.requirements.begin(), clause.requirements.end(),
                              [&](const std::string& r) { return prefix.starts_with(test_prefix(r)); });
      if (!fits)
        return where.error("proven_by", fmt::format("\"{}\" does not start with the test prefix of one of "
                                                    "the clause's requirements (P-4: \"P4_\")", prefix));
    }
  }
  return clause;
}

Result<PolicyVersion> parse_table(const toml::table& root, const Taxonomy& taxonomy,
                                  std::string_view source) {
  Where where{source, {}};
  HANSE_TRY_STATUS(only_known_keys(root, kTopKeys, where, kClauseKey));
  PolicyVersion version;
  const toml::node* number = root.get("version");
  if (number == nullptr) return where.error("version", "missing");
  auto n = number->value_exact<std::int64_t>();
  if (!n || *n < 1 || *n > 100000) return where.error("version", "expected a whole number from 1");
  version.number = static_cast<int>(*n);
  HANSE_TRY(version.published_at, date_field(root, "published", where, version.published));
  HANSE_TRY(version.effective_at, date_field(root, "effective", where, version.effective));
  if (version.effective_at < version.published_at)
    return where.error("effective", "takes effect before it is published");
  HANSE_TRY(version.summary, text_field(root, "summary", where));

  const toml::node* clauses = root.get(kClauseKey);
  if (clauses == nullptr) return where.error(kClauseKey, "missing: a policy needs [[clause]] tables");
  const toml::array* array = clauses->as_array();
  if (array == nullptr || array->empty() || !array->is_array_of_tables())
    return where.error(kClauseKey, "expected [[clause]] tables");
  std::set<std::string, std::less<>> ids;
  for (std::size_t i = 0; i < array->size(); ++i) {
    HANSE_TRY(auto clause, parse_clause(*array->get(i)->as_table(), i, taxonomy, source));
    if (!ids.insert(clause.id).second)
      return fail(ErrorKind::invalid_input,
                  fmt::format("{}: clause #{}: key \"id\": duplicate clause id \"{}\"", source, i + 1,
                              clause.id));
    version.clauses.push_back(std::move(clause));
  }
  return version;
}

}  // namespace

Result<PolicyVersion> parse_policy(std::string_view toml_text, const Taxonomy& taxonomy,
                                   std::string_view source_name) {
  toml::table root;
  try {
    root = toml::parse(toml_text, source_name);
  } catch (const toml::parse_error& e) {
    auto at = e.source().begin;
    return fail(ErrorKind::invalid_input,
                fmt::format("{}:{}:{}: {}", source_name, at.line, at.column, e.description()));
  }
  return parse_table(root, taxonomy, source_name);
}

}  // namespace hanse::privacy
