// GET /account/password: the form to change one's password.
#include "web/handler.h"

namespace hanse::web {

Response password_change_show(App& app, Request& request) {
  Page page(app, request);
  HANSE_TRY_PAGE_STATUS(page.require_member());
  return page.render("password_change", "Change your password");
}

}  // namespace hanse::web
