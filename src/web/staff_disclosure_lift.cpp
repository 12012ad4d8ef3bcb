// POST /staff/disclosures/{id}/lift (P-13): the member is told of a
// disclosure whose notice was withheld (audited).
#include <fmt/format.h>

#include "privacy/disclosures.h"
#include "web/handler.h"
#include "web/ids.h"

namespace hanse::web {

Response staff_disclosure_lift(App& app, Request& request) {
  Page page(app, request);
  const staff::StaffMember* who = page.staff_member();  // a compliance officer: the staff gate
  if (!who) return page.redirect("/staff/signin");
  auto id = parse_id(request.param("id"));
  if (!id) return error_page(app, 404, &request);
  auto lifted = privacy::lift_withholding(*app.db, app.clock, who->id, *id);
  if (!lifted) return error_response(app, request, lifted.error());
  return page.redirect(fmt::format("/staff/disclosures?lifted={}", *id));
}

}  // namespace hanse::web
