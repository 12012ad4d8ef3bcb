// POST /company/edit (M-1): saves the company profile (and a new logo).
#include <algorithm>

#include "accounts/normalize.h"
#include "core/paths.h"
#include "market/company.h"
#include "market/image_type.h"
#include "market/upload_store.h"
#include "web/company_form.h"
#include "web/company_lookup.h"
#include "web/handler.h"
#include "web/ids.h"
#include "web/promotion_progress.h"
#include "web/public_marks.h"

namespace hanse::web {

Response company_edit_submit(App& app, Request& request) {
  Page page(app, request);
  HANSE_TRY_PAGE_STATUS(page.require_member());
  auto& form = request.form();
  if (form.error) return error_page(app, 400, &request);
  // The form names the company it edits: a member of another company (or
  // of none) is refused here, before anything is checked or stored.
  auto company_id = parse_id(form.get("company_id")).value_or(0);
  auto member_id = page.member()->member.id;
  auto membership = membership_for(app, member_id);
  if (!membership) return error_response(app, request, membership.error());
  if (!*membership || (*membership)->company_id != company_id)
    return error_page(app, 403, &request);
  auto company = find_company(app, company_id);
  if (!company) return error_response(app, request, company.error());
  if (!*company) return error_page(app, 404, &request);
  CompanyFormState state{
      true, company_id, (*company)->policy_version, (*company)->logo_upload_id.has_value(), {}};
  market::CompanyChange change{company_input_from(form), std::nullopt, false};
  auto errors = check_company_form(app, form, change);
  if (!errors.empty()) return render_company_form(app, page, state, change.input, errors, 422);
  auto updated = app.db->transaction([&](db::Connection& conn) {
    return market::update_company(conn, company_id, member_id, change, app.clock.now());
  });
  if (!updated) {
    if (updated.error().kind == ErrorKind::invalid_input)
      return render_company_form(app, page, state, change.input,
                                 {{"logo", updated.error().message}}, 422);
    return error_response(app, request, updated.error());
  }
  record_promotion_progress(app, member_id);
  return page.redirect(paths::company(company_id, change.input.name));
}

}  // namespace hanse::web
