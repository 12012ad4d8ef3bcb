// POST /account/messages (P-11): saves the member's contact choices. A
// checked box allows, an unchecked one refuses; only what changed goes
// into the consent ledger (source "/account/messages"), audited as
// consent.changed.
#include <map>

#include "web/account_messages_page.h"

namespace hanse::web {

Response account_messages_submit(App& app, Request& request) {
  Page page(app, request);
  HANSE_TRY_PAGE(auto* member, page.require_member());
  const std::int64_t member_id = member->member.id;
  auto& form = request.form();
  std::map<std::string, bool> wanted;
  for (const auto& channel : marketing::channels())
    wanted[std::string(channel.what)] = form.get(channel.what) == "on";
  auto saved = app.db->transaction([&](db::Connection& conn) -> Status {
    HANSE_TRY_STATUS(marketing::record_choices(conn, *app.policy, member_id, wanted, "/account/messages",
                                               app.clock.now()));
    return {};
  });
  if (!saved) return error_response(app, request, saved.error());
  return page.redirect("/account/messages?saved=1");
}

}  // namespace hanse::web
