// GET /company/new (M-1): the form to register the member's company.
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

Response company_new_show(App& app, Request& request) {
  Page page(app, request);
  if (auto r = page.require_member()) return std::move(*r);
  auto membership = membership_for(app, page.member()->member.id);
  if (!membership) return error_response(app, request, membership.error());
  if (*membership) return page.redirect("/company");
  CompanyFormState state;
  state.policy_version = static_cast<int>(page.member()->member.policy_version);
  return render_company_form(app, page, state, {}, {}, 200);
}

}  // namespace hanse::web
