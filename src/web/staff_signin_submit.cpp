// POST /staff/signin (S-1): signs a staff member in, throttled like members.
#include "web/handler.h"
#include "web/staff_signin_form.h"

namespace hanse::web {

Response staff_signin_submit(App& app, Request& request) {
  Page page(app, request);
  auto& form = request.form();
  std::string email(form.get("email"));
  auto session =
      app.staff->sign_in(email, std::string(form.get("password")), request.remote_address,
                         std::string(request.header("user-agent").value_or("")));
  if (!session) {
    auto kind = session.error().kind;
    if (kind != ErrorKind::unauthorized && kind != ErrorKind::too_many_requests)
      return error_response(app, request, session.error());
    return render_staff_signin_form(page, email, session.error().message, status_for(kind));
  }
  set_cookie(request, page.response(), kStaffCookie, session->token);
  return page.redirect("/staff");
}

}  // namespace hanse::web
