// POST /unsubscribe/{token} (P-11, RFC 8058 one-click): unsubscribes the
// token's member from the mail's topic, records it in the consent ledger
// (source "unsubscribe link") and answers 200 with a short page, no
// redirect. No cookie and no form token: the route is proven by the URL's
// token (RequestProof::url_token), as mail clients post it from
// elsewhere. A malformed, unknown or expired token changes nothing: 404.
#include "web/handler.h"

#include "marketing/unsubscribe.h"

namespace hanse::web {

Response unsubscribe_submit(App& app, Request& request) {
  Page page(app, request);
  const std::string token(request.param("token"));
  auto topic = app.db->transaction([&](db::Connection& conn) {
    return marketing::unsubscribe(conn, *app.policy, token, app.clock.now());
  });
  if (!topic) return error_response(app, request, topic.error());
  if (!*topic) return page.render("unsubscribe_invalid", "Link not known", 404);
  return page.render("unsubscribe_done", "Unsubscribed", [&](Dict& d) {
    d.SetValue("SITE", app.config.site.name);
    d.SetValue("TOPIC", std::string(marketing::topic_label(**topic)));
  });
}

}  // namespace hanse::web
