// GET /bin/user/edit/details (P-15): the account details form, filled in.
#include "web/handler.h"
#include "web/register_form.h"

namespace hanse::web {

Response member_details_show(App& app, Request& request) {
  Page page(app, request);
  HANSE_TRY_PAGE(auto* me, page.require_member());
  const auto& m = me->member;
  accounts::MemberFields fields{m.name, m.email, m.phone, m.address, m.country, m.company_name,
                                m.company_address};
  const bool saved = request.query("saved").value_or("") == "1";
  return page.render("member_details", "Correct your account details", [&](Dict& d) {
    fill_member_fields(d, fields, {});
    if (saved) d.ShowSection("SAVED");
  });
}

}  // namespace hanse::web
