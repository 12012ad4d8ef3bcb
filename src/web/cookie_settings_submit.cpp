// POST /privacy/cookies (P-16): the banner's and the settings page's form.
// The choice goes into the signed choice cookie and, for a signed-in
// member, into the consent ledger with the registry's revision (audited as
// consent.changed). Cookies of categories now refused are deleted by the
// pipeline's cookie policy stage on this very response. The route is
// proven by the browser's same-origin headers rather than a form token
// (RouteRow::proof), because the banner sits on pages shared by every
// visitor.
#include "web/cookie_settings_page.h"

namespace hanse::web {

Response cookie_settings_submit(App& app, Request& request) {
  Page page(app, request);
  HANSE_TRY_PAGE_STATUS(page.load_viewer());
  const std::int64_t now = app.clock.now();
  auto form = read_choice_form(request, now);
  if (!form.choice) return render_cookie_settings(app, page, cookie_consent(app, request), form.error, 400);
  if (const auto* me = page.member()) {
    if (auto recorded = record_member_choice(app, me->member.id, *form.choice, "/privacy/cookies"); !recorded)
      return error_response(app, request, recorded.error());
  }
  set_choice_cookie(app, request, page.response(), *form.choice);
  if (auto* context = RequestContext::of(request)) context->set_cookie_consent(privacy::CookieConsent(form.choice, gpc_signal(request)));
  return page.redirect(form.return_to.empty() ? "/privacy/cookies?saved=1" : form.return_to);
}

}  // namespace hanse::web
