#include "marketing/choices.h"

#include "audit/audit_log.h"
#include "privacy/door.h"

namespace hanse::marketing {

bool default_allowed(const privacy::PolicyBook& policy, int version) {
  auto v = policy.version(version);
  if (!v) return false;
  const auto* clause = v->clause(kMarketingClause);
  return clause != nullptr && clause->choice == privacy::Choice::opt_out;
}

bool ContactChoices::allows(std::string_view what) const {
  for (const auto& item : items)
    if (item.what == what) return item.allowed;
  return false;
}

ContactChoices resolve_choices(const privacy::CurrentChoices& current, int policy_version,
                               bool default_allowed) {
  ContactChoices out;
  out.policy_version = policy_version;
  out.default_allowed = default_allowed;
  for (const auto& channel : channels()) {
    ContactChoice item;
    item.what = std::string(channel.what);
    item.label = std::string(channel.label);
    item.allowed = default_allowed;
    auto it = current.marketing.find(item.what);
    if (it != current.marketing.end()) {
      item.chosen = true;
      item.allowed = it->second.value == "granted";
      item.given_at = it->second.given_at;
      item.source = it->second.source;
    }
    out.items.push_back(std::move(item));
  }
  return out;
}

Result<ContactChoices> contact_choices(db::Connection& conn, const privacy::PolicyBook& policy,
                                       std::int64_t member_id) {
  privacy::OwnerRead door("a member's own contact choices, shown to them or honoured for them");
  const db::Value params[] = {member_id};
  HANSE_TRY(auto pin, conn.query_optional("SELECT policy_version FROM members WHERE id = $1", params));
  if (!pin) return fail(ErrorKind::not_found, "no such member");
  const int version = static_cast<int>(pin->integer(0));
  HANSE_TRY(auto current, privacy::current_choices(conn, member_id));
  return resolve_choices(current, version, default_allowed(policy, version));
}

Result<std::vector<ChoiceChange>> record_choices(db::Connection& conn,
                                                 const privacy::PolicyBook& policy,
                                                 std::int64_t member_id,
                                                 const std::map<std::string, bool>& wanted,
                                                 std::string_view source, std::int64_t now) {
  for (const auto& [what, allowed] : wanted)
    if (!find_channel(what)) return fail(ErrorKind::invalid_input, "unknown contact choice \"" + what + "\"");
  HANSE_TRY(auto choices, contact_choices(conn, policy, member_id));
  std::vector<ChoiceChange> changes;
  std::string described;
  const auto append = [&](privacy::ConsentKind kind, const std::string& what, bool allowed) -> Status {
    privacy::ConsentEvent event;
    event.member_id = member_id;
    event.kind = kind;
    event.what = what;
    event.value = allowed ? "granted" : "denied";
    event.given_at = now;
    event.source = std::string(source);
    HANSE_TRY_STATUS(privacy::record(conn, event));
    if (!described.empty()) described += ",";
    described += what + ":" + event.value;
    return {};
  };
  bool any_allowed = false;
  for (const auto& item : choices.items) {
    auto it = wanted.find(item.what);
    const bool allowed = it == wanted.end() ? item.allowed : it->second;
    any_allowed = any_allowed || allowed;
    if (allowed == item.allowed) continue;
    HANSE_TRY_STATUS(append(privacy::ConsentKind::marketing, item.what, allowed));
    changes.push_back({item.what, allowed});
  }
  // The guard decides by the clause as a whole (opt-in: not until granted;
  // opt-out: until denied), so the clause's own ledger answer follows the
  // channels: granted while any of them is allowed, denied when none is.
  if (!changes.empty()) {
    auto version = policy.version(choices.policy_version);
    const auto* clause = version ? version->clause(kMarketingClause) : nullptr;
    if (clause != nullptr && clause->choice != privacy::Choice::always) {
      privacy::OwnerRead door("a member's own answer to the marketing clause, kept in step with their choices");
      HANSE_TRY(auto current, privacy::current_choices(conn, member_id));
      auto given = current.value(privacy::ConsentKind::clause, clause->id);
      const bool clause_allows =
          clause->choice == privacy::Choice::opt_out ? given != "denied" : given == "granted";
      if (clause_allows != any_allowed)
        HANSE_TRY_STATUS(append(privacy::ConsentKind::clause, clause->id, any_allowed));
    }
  }
  if (!changes.empty()) {
    audit::AuditLog audit;
    HANSE_TRY_STATUS(audit.append(conn, audit::member_event(now, member_id, "consent.changed",
                                                            {{"kind", "marketing"},
                                                             {"what", described},
                                                             {"source", std::string(source)}})));
  }
  return changes;
}

}  // namespace hanse::marketing
