// GET /company/preview (P-12): the member's own company page exactly as
// visitors see it (the same renderer, under a banner).
#include "core/paths.h"
#include "web/company_lookup.h"
#include "web/company_page.h"
#include "web/handler.h"

namespace hanse::web {

Response company_preview(App& app, Request& request) {
  Page page(app, request);
  HANSE_TRY_PAGE_STATUS(page.require_member());
  auto membership = membership_for(app, page.member()->member.id);
  if (!membership) return error_response(app, request, membership.error());
  if (!*membership) return page.redirect("/company");
  auto view = company_page_view(app, (*membership)->company_id);
  if (!view) return error_response(app, request, view.error());
  if (!*view) return error_page(app, 404, &request);
  return render_company_page(page, **view, true);
}

}  // namespace hanse::web
