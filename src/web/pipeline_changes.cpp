// After a state-changing request the pages cached for visitors, the
// fragments shared by every viewer and what is kept about signed-in
// members may be out of date: all are dropped (web/visitor_page_cache.h,
// web/shared_fragment_cache.h, web/viewer_cache.h). Listing cards
// need nothing: their cache is keyed by their content (web/card_cache.h).
#include "web/pipeline.h"
#include "web/request_context.h"
#include "web/viewer_cache.h"

namespace hanse::web {

http::Middleware drop_cache_after_changes(App& app) {
  return [&app](http::Request& request, const http::Route*, const http::Next& next) {
    auto* context = RequestContext::of(request);
    if (!context || !context->route().changes_state()) return next();
    auto response = next();
    if (app.page_cache) app.page_cache->invalidate();
    if (app.fragments) app.fragments->invalidate();
    if (app.viewers) app.viewers->invalidate();
    return response;
  };
}

}  // namespace hanse::web
