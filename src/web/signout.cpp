// POST /signout: ends the session on the server and deletes its cookie (P-5).
#include "web/handler.h"
#include "web/signin_form.h"

namespace hanse::web {

Response signout(App& app, Request& request) {
  Page page(app, request);
  if (auto token = read_cookie(request, kSessionCookie)) {
    if (auto done = app.accounts->sign_out(*token); !done)
      return error_response(app, request, done.error());
  }
  delete_cookie(request, page.response(), kSessionCookie);
  return page.redirect("/");
}

}  // namespace hanse::web
