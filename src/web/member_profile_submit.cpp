// POST /account/profile (P-12): saves the public name and title.
#include "core/paths.h"
#include "market/company.h"
#include "web/handler.h"
#include "web/member_profile_form.h"
#include "web/public_marks.h"

namespace hanse::web {

Response member_profile_submit(App& app, Request& request) {
  Page page(app, request);
  if (auto r = page.require_member()) return std::move(*r);
  auto& form = request.form();
  std::string name(form.get("public_name"));
  std::string title(form.get("public_title"));
  auto errors = market::validate_public_profile(name, title);
  if (!errors.empty())
    return render_member_profile_form(app, page, name, title, errors, false, 422);
  auto saved = app.db->transaction([&](db::Connection& conn) {
    return market::save_public_profile(conn, page.member()->member.id, name, title);
  });
  if (!saved) return error_response(app, request, saved.error());
  return page.redirect("/account/profile?saved=1");
}

}  // namespace hanse::web
