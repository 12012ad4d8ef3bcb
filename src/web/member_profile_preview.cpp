// GET /account/profile/preview (P-12): the member's public profile exactly as
// visitors see it.
#include "core/paths.h"
#include "web/handler.h"
#include "web/member_profile_form.h"
#include "web/public_marks.h"

namespace hanse::web {

Response member_profile_preview(App& app, Request& request) {
  Page page(app, request);
  if (auto r = page.require_member()) return std::move(*r);
  auto profile = profile_of(app, page.member()->member.id);
  if (!profile) return error_response(app, request, profile.error());
  if (!*profile) return error_page(app, 404, &request);
  return render_member_page(app, request, page, **profile, true);
}

}  // namespace hanse::web
