#include "marketing/postal.h"

#include "marketing/choices.h"

namespace hanse::marketing {
namespace {

std::string field(const std::string& text) {
  std::string out = "\"";
  if (!text.empty() && (text[0] == '=' || text[0] == '+' || text[0] == '-' || text[0] == '@' ||
                        text[0] == '\t' || text[0] == '\r'))
    out += '\'';
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

}  // namespace

Result<std::vector<PostalAddress>> postal_list(db::Connection& conn, const privacy::Guard& guard,
                                               const privacy::PolicyBook& policy, std::int64_t staff_id) {
  HANSE_TRY(auto members, conn.query("SELECT id FROM members ORDER BY id", {}));
  std::vector<PostalAddress> out;
  for (const auto& row : members) {
    const std::int64_t member_id = row.integer(0);
    HANSE_TRY(auto choices, contact_choices(conn, policy, member_id));
    if (!choices.allows("mail")) continue;
    privacy::ReadRequest request;
    request.actor = {privacy::ActorKind::staff, staff_id};
    request.member_id = member_id;
    request.fields = {"members.name", "members.address", "members.country"};
    request.purpose = std::string(kMarketingPurpose);
    request.reason = "the postal mailing list of a campaign by post, exported by staff";
    HANSE_TRY(auto refusal, guard.check(conn, request));
    if (refusal) continue;
    HANSE_TRY(auto values, guard.read(conn, request));
    out.push_back({values["members.name"], values["members.address"], values["members.country"]});
  }
  return out;
}

std::string postal_csv(const std::vector<PostalAddress>& list) {
  std::string out = "name,address,country\r\n";
  for (const auto& p : list) out += field(p.name) + "," + field(p.address) + "," + field(p.country) + "\r\n";
  return out;
}

}  // namespace hanse::marketing
