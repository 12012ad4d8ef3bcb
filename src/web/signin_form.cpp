// The sign-in form, as first shown and after a failed attempt.
#include "web/signin_form.h"

namespace hanse::web {

Response render_signin_form(Page& page, const std::string& email, bool remember,
                            const std::string& error, int status) {
  return page.render(
      "signin", "Sign in",
      [&](Dict& d) {
        d.SetValue("EMAIL_VALUE", email);
        if (remember) d.ShowSection("REMEMBER_CHECKED");
        if (!error.empty()) d.SetValueAndShowSection("MESSAGE", error, "FORM_ERROR");
      },
      status);
}

}  // namespace hanse::web
