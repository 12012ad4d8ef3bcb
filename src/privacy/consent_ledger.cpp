#include "privacy/consent_ledger.h"

#include <charconv>

namespace hanse::privacy {

using db::Value;

namespace {

std::optional<std::int64_t> parse_version(std::string_view text) {
  std::int64_t n = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
  if (ec != std::errc() || end != text.data() + text.size() || n <= 0) return std::nullopt;
  return n;
}

Status check(const ConsentEvent& e) {
  if (e.member_id <= 0) return fail(ErrorKind::invalid_input, "consent: member_id must be positive");
  if (e.what.empty()) return fail(ErrorKind::invalid_input, "consent: what must not be empty");
  if (e.source.empty()) return fail(ErrorKind::invalid_input, "consent: source must not be empty");
  if (e.kind == ConsentKind::policy_version) {
    if (!parse_version(e.what))
      return fail(ErrorKind::invalid_input, "consent: what must be a policy version number, not \"" +
                                                e.what + "\"");
    if (e.value != "accepted")
      return fail(ErrorKind::invalid_input,
                  "consent: value for policy_version must be \"accepted\", not \"" + e.value + "\"");
    return {};
  }
  if (e.value != "granted" && e.value != "denied")
    return fail(ErrorKind::invalid_input, std::string("consent: value for ") + to_string(e.kind) +
                                              " must be \"granted\" or \"denied\", not \"" +
                                              e.value + "\"");
  return {};
}

// The map of latest choices for kind (nullptr for policy_version); C is
// CurrentChoices or const CurrentChoices.
template <class C>
auto choices_for(C& c, ConsentKind kind) -> decltype(&c.marketing) {
  switch (kind) {
    case ConsentKind::marketing: return &c.marketing;
    case ConsentKind::cookies: return &c.cookies;
    case ConsentKind::recipient: return &c.recipients;
    case ConsentKind::clause: return &c.clauses;
    case ConsentKind::policy_version: return nullptr;
  }
  return nullptr;
}

}  // namespace

const char* to_string(ConsentKind kind) {
  switch (kind) {
    case ConsentKind::policy_version: return "policy_version";
    case ConsentKind::marketing: return "marketing";
    case ConsentKind::cookies: return "cookies";
    case ConsentKind::recipient: return "recipient";
    case ConsentKind::clause: return "clause";
  }
  return "policy_version";
}

std::optional<ConsentKind> parse_consent_kind(std::string_view text) {
  for (auto kind : {ConsentKind::policy_version, ConsentKind::marketing, ConsentKind::cookies,
                    ConsentKind::recipient, ConsentKind::clause})
    if (text == to_string(kind)) return kind;
  return std::nullopt;
}

std::optional<std::string> CurrentChoices::value(ConsentKind kind, const std::string& what) const {
  if (kind == ConsentKind::policy_version) {
    auto version = parse_version(what);
    if (version && *version <= accepted_policy_version) return std::string("accepted");
    return std::nullopt;
  }
  const auto* map = choices_for(*this, kind);
  auto it = map->find(what);
  if (it == map->end()) return std::nullopt;
  return it->second.value;
}

bool CurrentChoices::granted(ConsentKind kind, const std::string& what) const {
  auto v = value(kind, what);
  return v && (*v == "granted" || *v == "accepted");
}

Status record(db::Connection& conn, const ConsentEvent& e) {
  HANSE_TRY_STATUS(check(e));
  const Value params[] = {e.member_id, std::string(to_string(e.kind)), e.what, e.value, e.given_at,
                          e.source};
  HANSE_TRY_STATUS(conn.execute(
      "INSERT INTO consent_ledger (member_id, kind, what, value, given_at, source)"
      " VALUES ($1, $2, $3, $4, $5, $6)", params));
  return {};
}

Result<std::vector<ConsentEvent>> history(db::Connection& conn, std::int64_t member_id) {
  const Value params[] = {member_id};
  HANSE_TRY(auto rows, conn.query(
      "SELECT id, member_id, kind, what, value, given_at, source FROM consent_ledger"
      " WHERE member_id = $1 ORDER BY given_at, id", params));
  std::vector<ConsentEvent> out;
  out.reserve(rows.size());
  for (const auto& row : rows) {
    auto kind = parse_consent_kind(row.text(2));
    if (!kind)
      return fail(ErrorKind::internal, "consent ledger row " + row.text(0) + " has unknown kind \"" +
                                           row.text(2) + "\"");
    out.push_back(ConsentEvent{row.integer(0), row.integer(1), *kind, row.text(3), row.text(4),
                               row.integer(5), row.text(6)});
  }
  return out;
}

Result<CurrentChoices> current_choices(db::Connection& conn, std::int64_t member_id) {
  HANSE_TRY(auto events, history(conn, member_id));
  CurrentChoices choices;
  choices.member_id = member_id;
  // Oldest first, so a later event overwrites an earlier one.
  for (const auto& e : events) {
    if (e.kind == ConsentKind::policy_version) {
      auto version = parse_version(e.what);
      if (version && e.value == "accepted")
        choices.accepted_policy_version = std::max(choices.accepted_policy_version, *version);
      continue;
    }
    (*choices_for(choices, e.kind))[e.what] = GivenChoice{e.value, e.given_at, e.source};
  }
  return choices;
}

}  // namespace hanse::privacy
