// The pipeline's CSRF check (P-6, web/csrf.h): a state-changing request
// without the token it is entitled to is refused with 403 before anything
// else runs, so it changes nothing.
#include "web/page.h"
#include "web/pipeline.h"

namespace hanse::web {

http::Middleware csrf_check(App& app) {
  return [&app](http::Request& request, const http::Route*, const http::Next& next) {
    auto* context = RequestContext::of(request);
    if (!context || !context->route().changes_state() || csrf_ok(request)) return next();
    return error_page(app, 403, &request);
  };
}

}  // namespace hanse::web
