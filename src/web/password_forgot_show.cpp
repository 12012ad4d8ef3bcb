// GET /password/forgot: asks for the address to send a reset link to.
#include "web/handler.h"

namespace hanse::web {

Response password_forgot_show(App& app, Request& request) {
  Page page(app, request);
  return page.render("password_forgot", "Forgot your password?");
}

}  // namespace hanse::web
