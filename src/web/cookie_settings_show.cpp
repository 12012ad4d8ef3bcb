// GET /privacy/cookies (P-16): every cookie the site can set, by category,
// from the cookie registry, with the visitor's choices as a plain form.
#include "web/cookie_settings_page.h"

namespace hanse::web {

Response cookie_settings_show(App& app, Request& request) {
  Page page(app, request);
  HANSE_TRY_PAGE_STATUS(page.load_viewer());
  return render_cookie_settings(app, page, cookie_consent(app, request), {}, 200,
                                request.query("saved").has_value());
}

}  // namespace hanse::web
