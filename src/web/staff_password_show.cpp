// GET /staff/password/{token}: the set-password form of the single-use
// link printed by `hanse staff add`.
#include "web/handler.h"
#include "web/staff_signin_form.h"

namespace hanse::web {

Response staff_password_show(App& app, Request& request) {
  Page page(app, request);
  page.set_staff_area();
  if (auto valid = app.staff->check_password_token(std::string(request.param("token"))); !valid) {
    if (valid.error().kind != ErrorKind::not_found)
      return error_response(app, request, valid.error());
    return page.render("password_reset_invalid", "Link not valid", 400);
  }
  return page.render("staff_password", "Set your staff password");
}

}  // namespace hanse::web
