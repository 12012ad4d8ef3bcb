// The pipeline's CSRF check (P-6, web/csrf.h): a state-changing request
// without the token it is entitled to is refused with 403 before anything
// else runs, so it changes nothing.
#include "web/cookie_needed_page.h"
#include "web/page.h"
#include "web/pipeline.h"

namespace hanse::web {

http::Middleware csrf_check(App& app) {
  return [&app](http::Request& request, const http::Route*, const http::Next& next) {
    auto* context = RequestContext::of(request);
    if (!context || !context->route().changes_state()) return next();
    switch (context->route().proof) {
      case RequestProof::csrf_token:
        if (csrf_ok(request)) return next();
        break;
      case RequestProof::same_origin:
        if (same_origin_ok(request)) return next();
        break;
      case RequestProof::url_token:
        return next();
    }
    // A visitor whose browser kept no cookie gets the form again and the
    // reason (P-17), not a bare 403.
    if (context->route().proof == RequestProof::csrf_token && csrf_cookie_missing(request))
      return cookie_needed_page(app, request);
    return error_page(app, 403, &request);
  };
}

}  // namespace hanse::web
