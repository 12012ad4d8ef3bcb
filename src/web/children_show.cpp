// GET /children (P-18): the form with which a parent or guardian asks to
// remove a child's data and keep the child out of promotions.
#include "web/children_form.h"

namespace hanse::web {

Response children_show(App& app, Request& request) {
  Page page(app, request);
  HANSE_TRY_PAGE_STATUS(page.load_viewer());
  return render_children_form(app, page, {}, {}, 200);
}

}  // namespace hanse::web
