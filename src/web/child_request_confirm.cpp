// POST /children/confirm/{token} (P-18): confirms the request of a valid
// link; a used or expired link gets a page saying so, and nothing changes.
#include "web/handler.h"

namespace hanse::web {

Response child_request_confirm(App& app, Request& request) {
  Page page(app, request);
  auto confirmed = app.child_requests->confirm(std::string(request.param("token")));
  if (!confirmed) return error_response(app, request, confirmed.error());
  if (!*confirmed) return page.render("child_request_invalid", "Link not valid", 400);
  return page.render("child_request_confirmed", "Request confirmed");
}

}  // namespace hanse::web
