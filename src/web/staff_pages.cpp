// Staff area (S-1): /staff/signin, /staff, /staff/signout and the
// set-password link printed by `hanse staff add`. Staff sessions use their
// own cookie (hanse_staff, Path=/staff) and never open member pages.
#include "web/handlers.h"
#include "web/page.h"

namespace hanse::web {
namespace {

Response signin_form(Page& page, const std::string& email, const std::string& error, int status) {
  page.set_staff_area();
  return page.render("staff_signin", "Staff sign-in", [&](Dict& d) {
    d.SetValue("EMAIL_VALUE", email);
    if (!error.empty()) d.SetValueAndShowSection("MESSAGE", error, "FORM_ERROR");
  }, status);
}

}  // namespace

Response staff_signin_show(App& app, Request& request) {
  Page page(app, request);
  return signin_form(page, "", "", 200);
}

Response staff_signin_submit(App& app, Request& request) {
  Page page(app, request);
  auto& form = request.form();
  std::string email(form.get("email"));
  auto session = app.staff->sign_in(email, std::string(form.get("password")),
                                    request.remote_address,
                                    std::string(request.header("user-agent").value_or("")));
  if (!session) {
    auto kind = session.error().kind;
    if (kind != ErrorKind::unauthorized && kind != ErrorKind::too_many_requests)
      return error_response(app, request, session.error());
    return signin_form(page, email, session.error().message, status_for(kind));
  }
  set_cookie(request, page.response(), kStaffCookie, session->token);
  return page.redirect("/staff");
}

Response staff_home(App& app, Request& request) {
  Page page(app, request);
  page.set_staff_area();
  const staff::StaffMember* who = page.staff_member();  // admitted by the staff gate
  if (!who) return page.redirect("/staff/signin");
  return page.render("staff_home", "Staff", [&](Dict& d) {
    d.SetValue("EMAIL", who->email);
    d.SetValue("ROLE", staff::to_string(who->role));
  });
}

Response staff_signout(App& app, Request& request) {
  Page page(app, request);
  if (auto token = read_cookie(request, kStaffCookie)) {
    if (auto done = app.staff->sign_out(*token); !done) return error_response(app, request, done.error());
  }
  delete_cookie(request, page.response(), kStaffCookie);
  return page.redirect("/staff/signin");
}

Response staff_password_show(App& app, Request& request) {
  Page page(app, request);
  page.set_staff_area();
  if (auto valid = app.staff->check_password_token(std::string(request.param("token"))); !valid) {
    if (valid.error().kind != ErrorKind::not_found) return error_response(app, request, valid.error());
    return page.render("password_reset_invalid", "Link not valid", 400);
  }
  return page.render("staff_password", "Set your staff password");
}

Response staff_password_submit(App& app, Request& request) {
  Page page(app, request);
  page.set_staff_area();
  auto problem = app.staff->set_password(std::string(request.param("token")),
                                         std::string(request.form().get("new_password")));
  if (!problem) {
    if (problem.error().kind != ErrorKind::not_found)
      return error_response(app, request, problem.error());
    return page.render("password_reset_invalid", "Link not valid", 400);
  }
  if (!problem->empty()) {
    return page.render("staff_password", "Set your staff password",
                       [&](Dict& d) { fill_form(d, {}, {{"new_password", *problem}}); }, 422);
  }
  return page.redirect("/staff/signin");
}

}  // namespace hanse::web
