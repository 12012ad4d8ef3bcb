// POST /invite/{token} (M-2): the signed-in invited person joins the company.
#include "core/paths.h"
#include "market/invitations.h"
#include "web/handler.h"
#include "web/invite_page.h"

namespace hanse::web {

Response invite_accept(App& app, Request& request) {
  Page page(app, request);
  HANSE_TRY_PAGE_STATUS(page.require_member());
  // The invitation joins only the address it was sent to (forbidden, 403, for another).
  auto& member = page.member()->member;
  auto accepted = market::accept_invite(*app.db, request.param("token"), member.id, member.email,
                                        app.clock.now());
  if (!accepted) {
    auto& error = accepted.error();
    if (error.kind == ErrorKind::not_found) return invalid_invite(page, 404, error.message);
    if (error.kind == ErrorKind::conflict) return invalid_invite(page, 410, error.message);
    return error_response(app, request, error);
  }
  return page.redirect("/company");
}

}  // namespace hanse::web
