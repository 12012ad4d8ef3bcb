// GET /staff (S-1): the staff area's start page, for every staff role.
#include "web/handler.h"
#include "web/staff_signin_form.h"

namespace hanse::web {

Response staff_home_show(App& app, Request& request) {
  Page page(app, request);
  page.set_staff_area();
  const staff::StaffMember* who = page.staff_member();  // admitted by the staff gate
  if (!who) return page.redirect("/staff/signin");
  return page.render("staff_home", "Staff", [&](Dict& d) {
    d.SetValue("EMAIL", who->email);
    d.SetValue("ROLE", staff::to_string(who->role));
    if (who->role == staff::Role::compliance) d.ShowSection("COMPLIANCE");
    if (who->role == staff::Role::admin) d.ShowSection("BANNERS");
    if (who->role == staff::Role::compliance || who->role == staff::Role::admin) d.ShowSection("STATISTICS");
    if (who->role == staff::Role::admin) d.ShowSection("MARKETING");  // campaigns (P-11)
  });
}

}  // namespace hanse::web
