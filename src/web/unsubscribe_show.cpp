// GET /unsubscribe/{token} (P-11, RFC 8058): the page a marketing mail's
// link opens, without signing in: a button that posts to the same URL.
// Opening it changes nothing (mail scanners open links). A malformed,
// unknown or expired token: a 404 page saying that nothing changed.
#include "web/handler.h"

#include "marketing/unsubscribe.h"

namespace hanse::web {

Response unsubscribe_show(App& app, Request& request) {
  Page page(app, request);
  const std::string token(request.param("token"));
  auto lease = app.db->acquire();
  if (!lease) return error_response(app, request, lease.error());
  auto holder = marketing::find_token(**lease, token, app.clock.now());
  if (!holder) return error_response(app, request, holder.error());
  if (!*holder) return page.render("unsubscribe_invalid", "Link not known", 404);
  return page.render("unsubscribe", "Unsubscribe", [&](Dict& d) {
    d.SetValue("TOKEN", token);
    d.SetValue("SITE", app.config.site.name);
    d.SetValue("TOPIC", std::string(marketing::topic_label((*holder)->topic)));
  });
}

}  // namespace hanse::web
