// GET /signin: the sign-in form (P-5).
#include "web/handler.h"
#include "web/signin_form.h"

namespace hanse::web {

Response signin_show(App& app, Request& request) {
  Page page(app, request);
  return render_signin_form(page, "", false, "", 200);
}

}  // namespace hanse::web
