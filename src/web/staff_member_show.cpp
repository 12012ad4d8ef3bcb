// GET /staff/members/{id} (S-1): the lookup form for one member, who is
// shown only once a purpose is chosen (POST /staff/members).
#include "web/handler.h"
#include "web/ids.h"
#include "web/staff_member_form.h"

namespace hanse::web {

Response staff_member_show(App& app, Request& request) {
  Page page(app, request);
  auto id = parse_id(request.param("id"));
  if (!id) return error_page(app, 404, &request);
  privacy::ViewRequest typed;
  typed.query = std::to_string(*id);
  return render_staff_member_form(app, page, typed, {}, 200);
}

}  // namespace hanse::web
