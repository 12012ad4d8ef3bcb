// GET /staff/children (P-18): guardians' confirmed requests for support
// staff to carry out, and the ones carried out recently.
#include "web/staff_children_page.h"

namespace hanse::web {

Response staff_children_list(App& app, Request& request) {
  Page page(app, request);
  return render_staff_children(app, request, page, "", "", 200);
}

}  // namespace hanse::web
