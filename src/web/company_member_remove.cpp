// POST /company/members/{member_id}/remove (M-2): the owner removes a member.
#include <fmt/format.h>

#include "accounts/normalize.h"
#include "core/paths.h"
#include "market/company.h"
#include "market/membership.h"
#include "web/company_members_page.h"
#include "web/handler.h"
#include "web/ids.h"

namespace hanse::web {

Response company_member_remove(App& app, Request& request) {
  Page page(app, request);
  if (auto r = page.require_member()) return std::move(*r);
  market::Membership membership;
  if (auto refused = require_company_of_form(app, request, page, membership, true))
    return std::move(*refused);
  auto target = parse_id(request.param("member_id"));
  if (!target) return error_page(app, 404, &request);
  auto removed = app.db->transaction([&](db::Connection& conn) {
    return market::remove_company_member(conn, membership.company_id, page.member()->member.id,
                                         *target, app.clock.now());
  });
  if (!removed) return error_response(app, request, removed.error());
  return page.redirect("/company/members");
}

}  // namespace hanse::web
