// POST /company/delete: the owner deletes the company after confirming.
#include "market/company.h"
#include "web/company_delete_form.h"
#include "web/company_lookup.h"
#include "web/handler.h"
#include "web/ids.h"

namespace hanse::web {

Response company_delete_submit(App& app, Request& request) {
  Page page(app, request);
  if (auto r = page.require_member()) return std::move(*r);
  auto& form = request.form();
  auto company_id = parse_id(form.get("company_id")).value_or(0);
  auto member_id = page.member()->member.id;
  auto membership = membership_for(app, member_id);
  if (!membership) return error_response(app, request, membership.error());
  if (!*membership || (*membership)->company_id != company_id || !(*membership)->owner)
    return error_page(app, 403, &request, "Only the company's owner may delete it.");
  if (form.get("confirm") != "1") {
    auto company = find_company(app, company_id);
    if (!company) return error_response(app, request, company.error());
    if (!*company) return error_page(app, 404, &request);
    return render_company_delete_form(page, **company, true, 422);
  }
  auto deleted = app.db->transaction([&](db::Connection& conn) {
    return market::delete_company(conn, company_id, member_id, app.clock.now());
  });
  if (!deleted) return error_response(app, request, deleted.error());
  return page.redirect("/company");
}

}  // namespace hanse::web
