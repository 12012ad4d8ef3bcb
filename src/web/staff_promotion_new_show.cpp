// GET /staff/promotions/new (P-11): the form for a promotion (admin).
#include "web/handler.h"
#include "web/staff_promotion_form.h"

namespace hanse::web {

Response staff_promotion_new_show(App& app, Request& request) {
  Page page(app, request);
  return render_staff_promotion_form(app, page, {}, {}, 200);
}

}  // namespace hanse::web
