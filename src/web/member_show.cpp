// GET /member/{id} (P-12): a member's public profile (404 without a public name).
#include "core/paths.h"
#include "web/handler.h"
#include "web/ids.h"
#include "web/member_profile_form.h"
#include "web/public_marks.h"

namespace hanse::web {

Response member_show(App& app, Request& request) {
  Page page(app, request);
  if (auto failed = page.load_viewer()) return std::move(*failed);
  auto id = parse_id(request.param("id"));
  if (!id) return error_page(app, 404, &request);
  auto profile = profile_of(app, *id);
  if (!profile) return error_response(app, request, profile.error());
  if (!*profile) return error_page(app, 404, &request);
  return render_member_page(app, request, page, **profile, false);
}

}  // namespace hanse::web
