// GET /children/confirm/{token} (P-18): the guardian's confirmation button.
// Opening the link changes nothing (mail scanners open links); the button
// posts the confirmation.
#include "web/handler.h"

namespace hanse::web {

Response child_request_confirm_show(App& app, Request& request) {
  Page page(app, request);
  return page.render("child_request_confirm", "Confirm your request",
                     [&](Dict& d) { d.SetValue("TOKEN", std::string(request.param("token"))); });
}

}  // namespace hanse::web
