// GET /account: the member's own page.
#include "web/handlers.h"
#include "web/page.h"

namespace hanse::web {

Response account_show(App& app, Request& request) {
  Page page(app, request);
  if (auto loaded = page.load_member(); !loaded) return error_response(app, request, loaded.error());
  if (!page.member()) return page.redirect("/signin");
  auto& m = page.member()->member;
  return page.render("account", "Your account", [&](Dict& d) {
    d.SetValue("NAME", m.name);
    d.SetValue("EMAIL", m.email);
    d.SetValue("PHONE", m.phone);
    d.SetValue("ADDRESS", m.address);
    d.SetValue("COUNTRY", m.country);
    d.SetValue("COMPANY_NAME", m.company_name);
    d.SetValue("COMPANY_ADDRESS", m.company_address);
  });
}

}  // namespace hanse::web
