// POST /company/invite (M-2): the owner invites a person by e-mail
// (market::invite_member checks who may, and queues the mail with the
// invitation).
#include "market/invitations.h"
#include "web/company_lookup.h"
#include "web/company_members_page.h"
#include "web/handler.h"
#include "web/ids.h"

namespace hanse::web {

Response company_invite_create(App& app, Request& request) {
  Page page(app, request);
  HANSE_TRY_PAGE_STATUS(page.require_member());
  auto actor = page.member()->member.id;
  auto company_id = parse_id(request.form().get("company_id")).value_or(0);
  std::string email(request.form().get("email"));
  const market::MailSettings site{app.config.site.name, app.config.site.base_url};
  auto sent =
      market::invite_member(*app.db, *app.outbox, site, actor, company_id, email, app.clock.now());
  if (!sent && sent.error().kind == ErrorKind::invalid_input) {
    auto membership = membership_for(app, actor);
    if (!membership) return error_response(app, request, membership.error());
    if (!*membership) return error_page(app, 403, &request);
    MembersView view{**membership, email, sent.error().message, false};
    return render_members(app, request, page, view, 422);
  }
  if (!sent) return error_response(app, request, sent.error());
  return page.redirect("/company/members?invited=1");
}

}  // namespace hanse::web
