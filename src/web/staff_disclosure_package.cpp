// GET /staff/disclosures/{id}/package.json (P-13): the disclosed package as
// a JSON download for compliance staff: what it contains and the data, read
// through the guard for a legal obligation (audited).
#include <fmt/format.h>

#include "privacy/disclosures.h"
#include "web/handler.h"
#include "web/ids.h"

namespace hanse::web {

Response staff_disclosure_package(App& app, Request& request) {
  Page page(app, request);
  const staff::StaffMember* who = page.staff_member();  // a compliance officer: the staff gate
  if (!who) return page.redirect("/staff/signin");
  auto id = parse_id(request.param("id"));
  if (!id) return error_page(app, 404, &request);
  auto package = privacy::disclosure_package(*app.db, *app.guard, app.clock, who->id, *id);
  if (!package) return error_response(app, request, package.error());
  auto response = Response::json(package->dump(2) + "\n");
  response.set_header("Content-Disposition", fmt::format("attachment; filename=\"disclosure-{}.json\"", *id));
  return response;
}

}  // namespace hanse::web
