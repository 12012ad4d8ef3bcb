// POST /company/new (M-1): creates the company; its creator owns it.
#include <algorithm>

#include "accounts/normalize.h"
#include "core/paths.h"
#include "market/company.h"
#include "market/image_type.h"
#include "market/upload_store.h"
#include "web/company_form.h"
#include "web/handler.h"
#include "web/promotion_progress.h"
#include "web/public_marks.h"

namespace hanse::web {

Response company_new_submit(App& app, Request& request) {
  Page page(app, request);
  HANSE_TRY_PAGE_STATUS(page.require_member());
  auto& form = request.form();
  if (form.error) return error_page(app, 400, &request);
  CompanyFormState state;
  state.policy_version = static_cast<int>(page.member()->member.policy_version);
  market::CompanyChange change{company_input_from(form), std::nullopt, false};
  auto errors = check_company_form(app, form, change);
  if (!errors.empty()) return render_company_form(app, page, state, change.input, errors, 422);
  auto member_id = page.member()->member.id;
  auto created = app.db->transaction([&](db::Connection& conn) {
    return market::create_company(conn, member_id, change, app.clock.now());
  });
  if (!created) {
    if (created.error().kind == ErrorKind::conflict) {
      state.form_error = created.error().message;
      return render_company_form(app, page, state, change.input, {}, 409);
    }
    if (created.error().kind == ErrorKind::invalid_input)
      return render_company_form(app, page, state, change.input,
                                 {{"logo", created.error().message}}, 422);
    return error_response(app, request, created.error());
  }
  record_promotion_progress(app, member_id);
  return page.redirect(paths::company(*created, change.input.name));
}

}  // namespace hanse::web
