// POST /bin/user/edit/delete (P-15): checks the password and the
// confirmation, erases the account (rights/erasure.h), signs out and sends
// the browser to the page that says what was kept and why. A wrong password or a missing confirmation shows
// the form again; nothing is deleted.
#include "rights/erasure.h"
#include "rights/erasure_request.h"
#include "web/account_delete_form.h"
#include "web/cookies.h"
#include "web/handler.h"

namespace hanse::web {

Response account_delete_submit(App& app, Request& request) {
  Page page(app, request);
  HANSE_TRY_PAGE_STATUS(page.require_member());
  auto member_id = page.member()->member.id;
  auto& form = request.form();
  auto errors = rights::check_erasure_request(*app.db, member_id, std::string(form.get("password")),
                                              form.get("confirm") == "1");
  if (!errors) return error_response(app, request, errors.error());
  if (!errors->empty()) return render_account_delete_form(page, *errors);
  auto report = rights::erase_member(*app.db, app.clock, rights::erasure_settings(app.config),
                                     member_id, {rights::ErasureActor::Kind::member, member_id});
  if (!report) return error_response(app, request, report.error());
  // The session went with the account; the cookie goes too, and the page
  // that says what was kept is shown signed out.
  delete_cookie(request, page.response(), kSessionCookie);
  return page.redirect("/bin/user/edit/deleted");
}

}  // namespace hanse::web
