// POST /account/password: changes the password (the current one is asked
// for) and ends the member's other sessions (P-5).
#include "web/handler.h"

namespace hanse::web {

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
    return page.render(
        "password_change", "Change your password", [&](Dict& d) { fill_form(d, {}, *errors); },
        422);
  }
  return page.redirect("/account?password=changed");
}

}  // namespace hanse::web
