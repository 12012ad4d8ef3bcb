// POST /staff/members (S-1): shows a member's data for the chosen purpose
// when the policy allows it (the guard logs the view); otherwise the
// refusal, which is logged as refused.
#include "web/handler.h"
#include "web/staff_member_form.h"

namespace hanse::web {

Response staff_member_view(App& app, Request& request) {
  Page page(app, request);
  const staff::StaffMember* who = page.staff_member();  // admitted by the staff gate
  if (!who) return page.redirect("/staff/signin");
  privacy::ViewRequest typed{who->id, std::string(request.form().get("query")),
                             std::string(request.form().get("purpose")),
                             std::string(request.form().get("reason"))};
  auto outcome = privacy::view_member(*app.db, *app.guard, app.clock, typed);
  if (!outcome) return error_response(app, request, outcome.error());
  int status = !outcome->errors.empty() ? 422 : outcome->not_found ? 404 : outcome->refusal ? 403 : 200;
  return render_staff_member_form(app, page, typed, *outcome, status);
}

}  // namespace hanse::web
