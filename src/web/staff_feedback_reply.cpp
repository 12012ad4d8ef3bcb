// POST /staff/feedback/{id}/reply (P-20): answers the sender by e-mail
// through the outbox; an empty or too long answer is a field error.
#include "web/ids.h"
#include "web/staff_feedback_item.h"

namespace hanse::web {

Response staff_feedback_reply(App& app, Request& request) {
  Page page(app, request);
  const staff::StaffMember* staff = page.staff_member();
  if (!staff) return page.redirect("/staff/signin");
  auto id = parse_id(request.param("id"));
  if (!id) return error_page(app, 404, &request);
  std::string body(request.form().get("body"));
  auto errors = app.feedback->reply(*id, staff->id, body);
  if (!errors) {
    if (errors.error().kind == ErrorKind::not_found) return error_page(app, 404, &request);
    return error_response(app, request, errors.error());
  }
  if (!errors->empty()) return render_staff_feedback_item(app, request, page, *id, body, *errors, "", 422);
  return render_staff_feedback_item(app, request, page, *id, "", {}, "Your answer is on its way to the sender.", 200);
}

}  // namespace hanse::web
