// POST /staff/password/{token}: sets the staff member's own password.
#include "web/handler.h"
#include "web/staff_signin_form.h"

namespace hanse::web {

Response staff_password_submit(App& app, Request& request) {
  Page page(app, request);
  page.set_staff_area();
  auto problem = app.staff->set_password(std::string(request.param("token")),
                                         std::string(request.form().get("new_password")));
  if (!problem) {
    if (problem.error().kind != ErrorKind::not_found)
      return error_response(app, request, problem.error());
    return page.render("password_reset_invalid", "Link not valid", 400);
  }
  if (!problem->empty()) {
    return page.render(
        "staff_password", "Set your staff password",
        [&](Dict& d) {
          fill_form(d, {}, {{"new_password", *problem}});
        },
        422);
  }
  return page.redirect("/staff/signin");
}

}  // namespace hanse::web
