// GET / (the front page) and GET /healthz.
#include "web/handlers.h"
#include "web/page.h"

namespace hanse::web {

Response home_show(App& app, Request& request) {
  Page page(app, request);
  if (auto failed = page.load_viewer()) return std::move(*failed);
  return page.render("home", app.config.site.name + " — trade between companies");
}

Response healthz(App& app, Request& request) {
  (void)request;
  auto lease = app.db->acquire();
  if (!lease) return Response::text("database unavailable\n", 503);
  return Response::text("ok\n");
}

}  // namespace hanse::web
