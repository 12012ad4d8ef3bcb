// POST /password/forgot: e-mails a single-use reset link; answers the same
// whether or not the address is registered, rate-limited per IP (P-6).
#include "web/handler.h"

namespace hanse::web {

Response password_forgot_submit(App& app, Request& request) {
  Page page(app, request);
  auto email = std::string(request.form().get("email"));
  if (auto problem = accounts::email_problem(email); !problem.empty()) {
    return page.render(
        "password_forgot", "Forgot your password?",
        [&](Dict& d) {
          fill_form(d, {{"email", email}}, {{"email", problem}});
        },
        422);
  }
  if (auto queued = app.accounts->request_password_reset(email, client_info(request)); !queued)
    return error_response(app, request, queued.error());
  // The same answer whether or not the address is registered.
  return page.render("password_forgot_sent", "Check your e-mail");
}

}  // namespace hanse::web
