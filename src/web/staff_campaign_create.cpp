// POST /staff/campaigns (P-11): stores a new campaign as a draft after
// checking every field (errors: the form again, 400) and shows its
// preview; nothing is sent yet.
#include "web/staff_campaigns_page.h"

namespace hanse::web {

Response staff_campaign_create(App& app, Request& request) {
  Page page(app, request);
  const staff::StaffMember* staff = page.staff_member();
  if (!staff) return page.redirect("/staff/signin");
  auto& form = request.form();
  marketing::CampaignDraft draft{std::string(form.get("topic")), std::string(form.get("subject")),
                                 std::string(form.get("body"))};
  auto errors = marketing::validate_campaign(draft);
  if (!errors.empty()) return render_staff_campaigns(app, page, draft, errors, 400);
  auto id = app.db->transaction([&](db::Connection& conn) {
    return marketing::create_campaign(conn, draft, staff->id, app.clock.now());
  });
  if (!id) return error_response(app, request, id.error());
  return page.redirect("/staff/campaigns/" + std::to_string(*id));
}

}  // namespace hanse::web
