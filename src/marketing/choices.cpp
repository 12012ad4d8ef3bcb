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
  for (const auto& item : choices.items) {
    auto it = wanted.find(item.what);
    if (it == wanted.end() || it->second == item.allowed) continue;
    privacy::ConsentEvent event;
    event.member_id = member_id;
    event.kind = privacy::ConsentKind::marketing;
    event.what = item.what;
    event.value = it->second ? "granted" : "denied";
    event.given_at = now;
    event.source = std::string(source);
    HANSE_TRY_STATUS(privacy::record(conn, event));
    changes.push_back({item.what, it->second});
    if (!described.empty()) described += ",";
    described += item.what + ":" + event.value;
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
