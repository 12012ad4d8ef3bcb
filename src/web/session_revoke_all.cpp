// POST /account/sessions/revoke-all (P-5): ends every session of the member.
#include <charconv>

#include "web/format.h"
#include "web/handler.h"

namespace hanse::web {

Response session_revoke_all(App& app, Request& request) {
  Page page(app, request);
  if (auto refused = page.require_member()) return std::move(*refused);
  if (auto done = app.accounts->end_all_sessions(page.member()->member.id); !done)
    return error_response(app, request, done.error());
  delete_cookie(request, page.response(), kSessionCookie);
  return page.redirect("/signin");
}

}  // namespace hanse::web
