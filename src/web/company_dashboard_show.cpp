// GET /company: the member's own company, with the links to manage it, or
// a link to register one.
#include "web/company_lookup.h"
#include "web/handler.h"

namespace hanse::web {

Response company_dashboard_show(App& app, Request& request) {
  Page page(app, request);
  if (auto r = page.require_member()) return std::move(*r);
  auto membership = membership_for(app, page.member()->member.id);
  if (!membership) return error_response(app, request, membership.error());
  if (!*membership) {
    return page.render("company_dashboard", "Your company", [](Dict& d) { d.ShowSection("NO_COMPANY"); });
  }
  auto company = find_company(app, (*membership)->company_id);
  if (!company) return error_response(app, request, company.error());
  if (!*company) return error_page(app, 404, &request);
  return page.render("company_dashboard", "Your company", [&](Dict& d) {
    auto* c = d.AddSectionDictionary("COMPANY");
    c->SetValue("NAME", (*company)->name);
    c->SetValue("PATH", (*company)->path());
    c->SetValue("ROLE", (*membership)->owner ? "the owner" : "a member");
    if ((*membership)->owner) c->ShowSection("OWNER");
  });
}

}  // namespace hanse::web
