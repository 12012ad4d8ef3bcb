// GET /account/password: the form to change one's password.
#include "web/handler.h"

namespace hanse::web {

Response password_change_show(App& app, Request& request) {
  Page page(app, request);
  if (auto refused = page.require_member()) return std::move(*refused);
  return page.render("password_change", "Change your password");
}

}  // namespace hanse::web
