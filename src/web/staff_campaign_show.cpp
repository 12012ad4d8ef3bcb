// GET /staff/campaigns/{id} (P-11): a campaign's preview, as a recipient
// reads it, with how many members it would reach now.
#include "web/ids.h"
#include "web/staff_campaigns_page.h"

namespace hanse::web {

Response staff_campaign_show(App& app, Request& request) {
  Page page(app, request);
  auto id = parse_id(request.param("id"));
  if (!id) return error_page(app, 404, &request);
  return render_staff_campaign(app, page, *id, "");
}

}  // namespace hanse::web
