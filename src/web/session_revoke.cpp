// POST /account/sessions/{id}/revoke (P-5): ends one of the member's sessions.
#include <charconv>

#include "web/format.h"
#include "web/handler.h"

namespace hanse::web {

Response session_revoke(App& app, Request& request) {
  Page page(app, request);
  if (auto refused = page.require_member()) return std::move(*refused);
  std::int64_t id = 0;
  auto text = request.param("id");
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), id);
  if (ec != std::errc{} || end != text.data() + text.size()) return error_page(app, 404, &request);
  auto& me = *page.member();
  if (auto done = app.accounts->end_session(me.member.id, id); !done)
    return error_response(app, request, done.error());
  if (id == me.session.id) {
    delete_cookie(request, page.response(), kSessionCookie);
    return page.redirect("/signin");
  }
  return page.redirect("/account/sessions");
}

}  // namespace hanse::web
