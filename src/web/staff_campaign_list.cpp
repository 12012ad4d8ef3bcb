// GET /staff/campaigns (P-11): the campaigns written so far and the form
// for a new one (administrators).
#include "web/staff_campaigns_page.h"

namespace hanse::web {

Response staff_campaign_list(App& app, Request& request) {
  Page page(app, request);
  return render_staff_campaigns(app, page, {}, {});
}

}  // namespace hanse::web
