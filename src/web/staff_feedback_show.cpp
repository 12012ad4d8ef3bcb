// GET /staff/feedback/{id} (P-20): one message, its answers, the reply form.
#include "web/ids.h"
#include "web/staff_feedback_item.h"

namespace hanse::web {

Response staff_feedback_show(App& app, Request& request) {
  Page page(app, request);
  auto id = parse_id(request.param("id"));
  if (!id) return error_page(app, 404, &request);
  return render_staff_feedback_item(app, request, page, *id, "", {}, "", 200);
}

}  // namespace hanse::web
