// GET /account/profile (P-12): the form for the public name and title shown
// with the member's company.
#include "core/paths.h"
#include "web/handler.h"
#include "web/member_profile_form.h"
#include "web/public_marks.h"

namespace hanse::web {

Response member_profile_show(App& app, Request& request) {
  Page page(app, request);
  if (auto r = page.require_member()) return std::move(*r);
  auto profile = profile_of(app, page.member()->member.id);
  if (!profile) return error_response(app, request, profile.error());
  if (!*profile) return error_page(app, 404, &request);
  return render_member_profile_form(app, page, (*profile)->public_name, (*profile)->public_title,
                                    {}, request.query("saved").has_value(), 200);
}

}  // namespace hanse::web
