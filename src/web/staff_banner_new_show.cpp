// GET /staff/banners/new (P-11): the form for a banner campaign (admin).
#include "web/handler.h"
#include "web/staff_banner_form.h"

namespace hanse::web {

Response staff_banner_new_show(App& app, Request& request) {
  Page page(app, request);
  return render_staff_banner_form(app, page, {}, {}, 200);
}

}  // namespace hanse::web
