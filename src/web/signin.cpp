// GET/POST /signin and POST /signout (P-5).
#include "web/handlers.h"
#include "web/page.h"

namespace hanse::web {
namespace {

Response render_form(Page& page, const std::string& email, bool remember, const std::string& error,
                     int status) {
  return page.render("signin", "Sign in", [&](Dict& d) {
    d.SetValue("EMAIL_VALUE", email);
    if (remember) d.ShowSection("REMEMBER_CHECKED");
    if (!error.empty()) d.SetValueAndShowSection("MESSAGE", error, "FORM_ERROR");
  }, status);
}

}  // namespace

Response signin_show(App& app, Request& request) {
  Page page(app, request);
  return render_form(page, "", false, "", 200);
}

Response signin_submit(App& app, Request& request) {
  Page page(app, request);
  auto& form = request.form();
  std::string email(form.get("email"));
  bool remember = form.get("remember") == "1";
  auto session = app.accounts->sign_in(email, std::string(form.get("password")), remember,
                                       client_info(request));
  if (!session) {
    auto kind = session.error().kind;
    if (kind != ErrorKind::unauthorized && kind != ErrorKind::too_many_requests)
      return error_response(app, request, session.error());
    return render_form(page, email, remember, session.error().message, status_for(kind));
  }
  set_session_cookie(app, request, page.response(), session->token, remember);
  return page.redirect("/account");
}

Response signout(App& app, Request& request) {
  Page page(app, request);
  if (auto token = read_cookie(request, kSessionCookie)) {
    if (auto done = app.accounts->sign_out(*token); !done)
      return error_response(app, request, done.error());
  }
  delete_cookie(request, page.response(), kSessionCookie);
  return page.redirect("/");
}

}  // namespace hanse::web
