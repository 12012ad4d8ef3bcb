// GET /account/messages (P-11): the member's contact choices (e-mail about
// new services, promotions, the newsletter; contact by post and phone),
// with the defaults of their policy version where they have not chosen.
#include "web/account_messages_page.h"

namespace hanse::web {

Response account_messages_show(App& app, Request& request) {
  Page page(app, request);
  HANSE_TRY_PAGE(auto* member, page.require_member());
  auto lease = app.db->acquire();
  if (!lease) return error_response(app, request, lease.error());
  auto choices = marketing::contact_choices(**lease, *app.policy, member->member.id);
  if (!choices) return error_response(app, request, choices.error());
  return render_account_messages(app, page, *choices, request.query("saved").has_value());
}

}  // namespace hanse::web
