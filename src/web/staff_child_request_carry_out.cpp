// POST /staff/children/{id}/carry-out (P-18): support staff carry out a
// confirmed request: the address onto the suppression list and, for a
// removal, the account's erasure (App::erase_member). The request is marked
// done only when every step succeeded.
#include <fmt/format.h>

#include "web/ids.h"
#include "web/staff_children_page.h"

namespace hanse::web {

Response staff_child_request_carry_out(App& app, Request& request) {
  Page page(app, request);
  const staff::StaffMember* staff = page.staff_member();
  if (!staff) return page.redirect("/staff/signin");
  auto id = parse_id(request.param("id"));
  if (!id) return error_page(app, 404, &request);
  auto done = app.child_requests->carry_out(*id, staff->id, app.erase_member);
  if (!done) {
    switch (done.error().kind) {
      case ErrorKind::not_found: return error_page(app, 404, &request);
      case ErrorKind::conflict:
      case ErrorKind::unavailable: return render_staff_children(app, request, page, done.error().message, "", 409);
      default: return error_response(app, request, done.error());
    }
  }
  return render_staff_children(
      app, request, page, "",
      fmt::format("Request {} is carried out: the address is on the suppression list{}, and the guardian "
                  "is told by e-mail.",
                  done->id, done->removal && done->member_id ? " and the account is erased" : ""),
      200);
}

}  // namespace hanse::web
