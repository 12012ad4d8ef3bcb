// GET /company/delete: the owner is asked to confirm deleting the company
// with everything listed under it.
#include "web/company_delete_form.h"
#include "web/company_lookup.h"
#include "web/handler.h"

namespace hanse::web {

Response company_delete_show(App& app, Request& request) {
  Page page(app, request);
  if (auto r = page.require_member()) return std::move(*r);
  auto membership = membership_for(app, page.member()->member.id);
  if (!membership) return error_response(app, request, membership.error());
  if (!*membership) return page.redirect("/company");
  if (!(*membership)->owner)
    return error_page(app, 403, &request, "Only the company's owner may delete it.");
  auto company = find_company(app, (*membership)->company_id);
  if (!company) return error_response(app, request, company.error());
  if (!*company) return error_page(app, 404, &request);
  return render_company_delete_form(page, **company, false, 200);
}

}  // namespace hanse::web
