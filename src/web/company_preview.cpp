// GET /company/preview (P-12): the member's own company page exactly as
// visitors see it (the same renderer, under a banner).
#include "core/paths.h"
#include "web/company_lookup.h"
#include "web/company_page.h"
#include "web/handler.h"

namespace hanse::web {

Response company_preview(App& app, Request& request) {
  Page page(app, request);
  if (auto r = page.require_member()) return std::move(*r);
  auto membership = membership_for(app, page.member()->member.id);
  if (!membership) return error_response(app, request, membership.error());
  if (!*membership) return page.redirect("/company");
  auto content = load_company_page(app, (*membership)->company_id);
  if (!content) return error_response(app, request, content.error());
  if (!*content) return error_page(app, 404, &request);
  return render_company_page(app, page, **content, true);
}

}  // namespace hanse::web
