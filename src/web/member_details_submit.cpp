// POST /bin/user/edit/details (P-15): corrects the account details, checked
// by the registration rules (a new e-mail address also needs the current
// password); with an error, the form again and nothing stored.
#include "audit/audit_log.h"
#include "rights/account_details.h"
#include "web/handler.h"
#include "web/register_form.h"

namespace hanse::web {

Response member_details_submit(App& app, Request& request) {
  Page page(app, request);
  HANSE_TRY_PAGE(auto* me, page.require_member());
  auto& form = request.form();
  accounts::MemberFields fields{std::string(form.get("name")),         std::string(form.get("email")),
                                std::string(form.get("phone")),        std::string(form.get("address")),
                                std::string(form.get("country")),      std::string(form.get("company_name")),
                                std::string(form.get("company_address"))};
  audit::AuditLog audit;
  auto errors = app.db->transaction([&](db::Connection& conn) {
    return rights::correct_account_details(conn, audit, me->member.id, fields, form.get("current_password"),
                                           app.clock.now());
  });
  if (!errors) return error_response(app, request, errors.error());
  if (!errors->empty()) {
    return page.render(
        "member_details", "Correct your account details",
        [&](Dict& d) { fill_member_fields(d, fields, *errors); }, 422);
  }
  return page.redirect("/bin/user/edit/details?saved=1");
}

}  // namespace hanse::web
