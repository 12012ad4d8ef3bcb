// POST /signin: signs a member in (P-5); wrong password and unknown address
// answer alike, and attempts are throttled per account and per IP (P-6).
#include "web/handler.h"
#include "web/signin_form.h"

namespace hanse::web {

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
    return render_signin_form(page, email, remember, session.error().message, status_for(kind));
  }
  set_session_cookie(app, request, page.response(), session->token, remember);
  carry_choice_at_sign_in(app, request, page.response(), session->session.owner_id, "/signin");
  return page.redirect("/account");
}

}  // namespace hanse::web
