// POST /staff/campaigns/{id}/send (P-11): sends the campaign once, in one
// transaction, to the members the guard and their choices allow; sent
// already: 409 with the campaign's page.
#include <spdlog/spdlog.h>

#include <fmt/format.h>
#include "web/ids.h"
#include "web/staff_campaigns_page.h"

namespace hanse::web {

Response staff_campaign_send(App& app, Request& request) {
  Page page(app, request);
  const staff::StaffMember* staff = page.staff_member();
  if (!staff) return page.redirect("/staff/signin");
  auto id = parse_id(request.param("id"));
  if (!id) return error_page(app, 404, &request);
  auto sent = marketing::send_campaign(*app.db, *app.guard, *app.policy, *app.outbox,
                                       campaign_send_settings(app), *id, app.clock.now());
  if (!sent) {
    if (sent.error().kind == ErrorKind::not_found) return error_page(app, 404, &request);
    if (sent.error().kind == ErrorKind::conflict)
      return render_staff_campaign(app, page, *id, "This campaign was sent already; nothing was sent again.", 409);
    return error_response(app, request, sent.error());
  }
  spdlog::info("marketing: campaign {} sent by staff {} to {} members", *id, staff->id, *sent);
  return render_staff_campaign(app, page, *id, fmt::format("Sent: {} messages are on their way.", *sent));
}

}  // namespace hanse::web
