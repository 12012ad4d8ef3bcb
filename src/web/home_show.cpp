// GET /: the front page.
#include "web/handler.h"

namespace hanse::web {

Response home_show(App& app, Request& request) {
  Page page(app, request);
  HANSE_TRY_PAGE_STATUS(page.load_viewer());
  return page.render("home", app.config.site.name + " — trade between companies");
}

}  // namespace hanse::web
