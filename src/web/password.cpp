// Password change (/account/password) and reset by e-mailed link
// (/password/forgot, /password/reset/{token}) — P-4.
#include "web/handlers.h"
#include "web/page.h"

namespace hanse::web {

Response password_change_show(App& app, Request& request) {
  Page page(app, request);
  if (auto refused = page.require_member()) return std::move(*refused);
  return page.render("password_change", "Change your password");
}

Response password_change_submit(App& app, Request& request) {
  Page page(app, request);
  if (auto refused = page.require_member()) return std::move(*refused);
  auto& me = *page.member();
  auto& form = request.form();
  auto errors = app.accounts->change_password(me.member.id, me.session.id,
                                              std::string(form.get("current_password")),
                                              std::string(form.get("new_password")));
  if (!errors) return error_response(app, request, errors.error());
  if (!errors->empty()) {
    return page.render("password_change", "Change your password",
                       [&](Dict& d) { fill_form(d, {}, *errors); }, 422);
  }
  return page.redirect("/account?password=changed");
}

Response password_forgot_show(App& app, Request& request) {
  Page page(app, request);
  return page.render("password_forgot", "Forgot your password?");
}

Response password_forgot_submit(App& app, Request& request) {
  Page page(app, request);
  auto email = std::string(request.form().get("email"));
  if (auto problem = accounts::email_problem(email); !problem.empty()) {
    return page.render("password_forgot", "Forgot your password?", [&](Dict& d) {
      fill_form(d, {{"email", email}}, {{"email", problem}});
    }, 422);
  }
  if (auto queued = app.accounts->request_password_reset(email, client_info(request)); !queued)
    return error_response(app, request, queued.error());
  // The same answer whether or not the address is registered.
  return page.render("password_forgot_sent", "Check your e-mail");
}

Response password_reset_show(App& app, Request& request) {
  Page page(app, request);
  if (auto valid = app.accounts->check_reset_token(std::string(request.param("token"))); !valid) {
    if (valid.error().kind != ErrorKind::not_found) return error_response(app, request, valid.error());
    return page.render("password_reset_invalid", "Link not valid", 400);
  }
  return page.render("password_reset", "Choose a new password");
}

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
    return page.render("password_reset", "Choose a new password",
                       [&](Dict& d) { fill_form(d, {}, *errors); }, 422);
  }
  delete_cookie(request, page.response(), kSessionCookie);
  return page.redirect("/signin?password=reset");
}

}  // namespace hanse::web
