// GET /privacy: the privacy policy. (To be generated from policy/ — issue 3.)
#include "web/handlers.h"
#include "web/page.h"

namespace hanse::web {

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
