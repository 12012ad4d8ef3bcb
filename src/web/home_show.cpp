// GET /: the front page.
#include "web/handler.h"

namespace hanse::web {

Response home_show(App& app, Request& request) {
  Page page(app, request);
  if (auto failed = page.load_viewer()) return std::move(*failed);
  return page.render("home", app.config.site.name + " — trade between companies");
}

}  // namespace hanse::web
