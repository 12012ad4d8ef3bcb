// GET /staff/campaigns/postal.csv (P-11): names and postal addresses of the
// members whose choice allows contact by post, for a campaign by post
// (the site sends no paper mail itself). Read only through the guard, as
// the staff member: each member's staff access log shows the read.
#include <fmt/format.h>

#include "marketing/postal.h"
#include "web/handler.h"

namespace hanse::web {

Response staff_campaign_postal_csv(App& app, Request& request) {
  Page page(app, request);
  const staff::StaffMember* staff = page.staff_member();
  if (!staff) return page.redirect("/staff/signin");
  auto list = app.db->transaction([&](db::Connection& conn) {
    return marketing::postal_list(conn, *app.guard, *app.policy, staff->id);
  });
  if (!list) return error_response(app, request, list.error());
  Response response;
  response.status = 200;
  response.body = marketing::postal_csv(*list);
  response.set_header("Content-Type", "text/csv; charset=utf-8");
  response.set_header("Content-Disposition", "attachment; filename=\"postal-mailing-list.csv\"");
  response.set_header("Cache-Control", "no-store, private");
  return response;
}

}  // namespace hanse::web
