// GET /company/members (M-2): everyone in the company sees who is in it.
#include <fmt/format.h>

#include "accounts/normalize.h"
#include "core/paths.h"
#include "web/company_lookup.h"
#include "web/company_members_page.h"
#include "web/handler.h"

namespace hanse::web {

Response company_member_list(App& app, Request& request) {
  Page page(app, request);
  if (auto r = page.require_member()) return std::move(*r);
  auto membership = membership_for(app, page.member()->member.id);
  if (!membership) return error_response(app, request, membership.error());
  if (!*membership) return page.redirect("/company");
  MembersView view{**membership, {}, {}, request.query("invited").has_value()};
  return render_members(app, request, page, view, 200);
}

}  // namespace hanse::web
