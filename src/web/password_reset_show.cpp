// GET /password/reset/{token}: the new-password form of a valid link.
#include "web/handler.h"

namespace hanse::web {

Response password_reset_show(App& app, Request& request) {
  Page page(app, request);
  if (auto valid = app.accounts->check_reset_token(std::string(request.param("token"))); !valid) {
    if (valid.error().kind != ErrorKind::not_found)
      return error_response(app, request, valid.error());
    return page.render("password_reset_invalid", "Link not valid", 400);
  }
  return page.render("password_reset", "Choose a new password");
}

}  // namespace hanse::web
