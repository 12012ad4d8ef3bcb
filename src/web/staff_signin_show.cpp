// GET /staff/signin (S-1): the staff sign-in form. Staff sessions use their
// own cookie (hanse_staff, Path=/staff) and never open member pages.
#include "web/handler.h"
#include "web/staff_signin_form.h"

namespace hanse::web {

Response staff_signin_show(App& app, Request& request) {
  Page page(app, request);
  return render_staff_signin_form(page, "", "", 200);
}

}  // namespace hanse::web
