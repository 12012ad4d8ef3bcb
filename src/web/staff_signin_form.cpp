// The staff sign-in form, as first shown and after a failed attempt.
#include "web/staff_signin_form.h"

namespace hanse::web {

Response render_staff_signin_form(Page& page, const std::string& email, const std::string& error,
                                  int status) {
  page.set_staff_area();
  return page.render(
      "staff_signin", "Staff sign-in",
      [&](Dict& d) {
        d.SetValue("EMAIL_VALUE", email);
        if (!error.empty()) d.SetValueAndShowSection("MESSAGE", error, "FORM_ERROR");
      },
      status);
}

}  // namespace hanse::web
