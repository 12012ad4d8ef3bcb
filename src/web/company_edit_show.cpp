// GET /company/edit (M-1): the company profile form, filled in.
#include <algorithm>

#include "accounts/normalize.h"
#include "core/paths.h"
#include "market/image_type.h"
#include "market/upload_store.h"
#include "web/company_form.h"
#include "web/company_lookup.h"
#include "web/handler.h"
#include "web/public_marks.h"

namespace hanse::web {

Response company_edit_show(App& app, Request& request) {
  Page page(app, request);
  if (auto r = page.require_member()) return std::move(*r);
  auto membership = membership_for(app, page.member()->member.id);
  if (!membership) return error_response(app, request, membership.error());
  if (!*membership) return page.redirect("/company");
  auto company = find_company(app, (*membership)->company_id);
  if (!company) return error_response(app, request, company.error());
  if (!*company) return error_page(app, 404, &request);
  CompanyFormState state{
      true, (*company)->id, (*company)->policy_version, (*company)->logo_upload_id.has_value(), {}};
  return render_company_form(app, page, state, company_input_from(**company), {}, 200);
}

}  // namespace hanse::web
