// POST /staff/signout (S-1): ends the staff session.
#include "web/handler.h"
#include "web/staff_signin_form.h"

namespace hanse::web {

Response staff_signout(App& app, Request& request) {
  Page page(app, request);
  if (auto token = read_cookie(request, kStaffCookie)) {
    if (auto done = app.staff->sign_out(*token); !done)
      return error_response(app, request, done.error());
  }
  delete_cookie(request, page.response(), kStaffCookie);
  return page.redirect("/staff/signin");
}

}  // namespace hanse::web
