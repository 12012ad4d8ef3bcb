// POST /password/reset/{token}: sets the new password, ends every session.
#include "web/handler.h"

namespace hanse::web {

Response password_reset_submit(App& app, Request& request) {
  Page page(app, request);
  auto errors = app.accounts->reset_password(std::string(request.param("token")),
                                             std::string(request.form().get("new_password")));
  if (!errors) {
    if (errors.error().kind != ErrorKind::not_found)
      return error_response(app, request, errors.error());
    return page.render("password_reset_invalid", "Link not valid", 400);
  }
  if (!errors->empty()) {
    return page.render(
        "password_reset", "Choose a new password", [&](Dict& d) { fill_form(d, {}, *errors); },
        422);
  }
  delete_cookie(request, page.response(), kSessionCookie);
  return page.redirect("/signin?password=reset");
}

}  // namespace hanse::web
