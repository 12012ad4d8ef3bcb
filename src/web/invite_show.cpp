// GET /invite/{token} (M-2): the invited person sees which company invited
// them. The link works once and for 7 days.
#include "core/paths.h"
#include "market/company.h"
#include "web/handler.h"
#include "web/invite_page.h"

namespace hanse::web {

Response invite_show(App& app, Request& request) {
  Page page(app, request);
  if (auto loaded = page.load_member(); !loaded)
    return error_response(app, request, loaded.error());
  auto lease = app.db->acquire();
  if (!lease) return error_response(app, request, lease.error());
  auto invite = market::find_invite(**lease, request.param("token"), app.clock.now());
  if (!invite) return error_response(app, request, invite.error());
  if (!*invite)
    return invalid_invite(page, 404,
                          "This invitation link is not valid. Check that you copied all of it.");
  if ((*invite)->state == market::InviteState::used)
    return invalid_invite(
        page, 410, "This invitation has already been used. Ask the company's owner for a new one.");
  if ((*invite)->state == market::InviteState::expired)
    return invalid_invite(page, 410,
                          "This invitation has expired. Ask the company's owner for a new one.");
  auto company = market::load_company(**lease, (*invite)->company_id);
  if (!company) return error_response(app, request, company.error());
  if (!*company) return invalid_invite(page, 404, "This invitation link is not valid.");
  return render_invite(page, request, **company, {}, 200);
}

}  // namespace hanse::web
