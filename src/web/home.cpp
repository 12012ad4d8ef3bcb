// GET / (the front page), GET /healthz, GET /privacy.
#include "web/handlers.h"
#include "web/page.h"

namespace hanse::web {

Response home_show(App& app, Request& request) {
  Page page(app, request);
  if (request.cookie(kSessionCookie)) {
    if (auto loaded = page.load_member(); !loaded) return error_response(app, request, loaded.error());
  }
  return page.render("home", app.config.site.name + " — trade between companies");
}

Response healthz(App& app, Request& request) {
  (void)request;
  auto lease = app.db->acquire();
  if (!lease) return Response::text("database unavailable\n", 503);
  return Response::text("ok\n");
}

Response privacy_show(App& app, Request& request) {
  Page page(app, request);
  if (request.cookie(kSessionCookie)) {
    if (auto loaded = page.load_member(); !loaded) return error_response(app, request, loaded.error());
  }
  return page.render("privacy", "Privacy policy", [&](Dict& d) {
    d.SetValue("OPERATOR_NAME", app.config.site.operator_name);
    d.SetValue("CONTACT_EMAIL", app.config.site.contact_email);
  });
}

}  // namespace hanse::web
