// After a state-changing request the pages cached for visitors may be out
// of date: all are dropped (web/visitor_page_cache.h).
#include "web/pipeline.h"
#include "web/request_context.h"

namespace hanse::web {

http::Middleware drop_cache_after_changes(App& app) {
  return [&app](http::Request& request, const http::Route*, const http::Next& next) {
    auto* context = RequestContext::of(request);
    if (!context || !context->route().changes_state()) return next();
    auto response = next();
    if (app.page_cache) app.page_cache->invalidate();
    return response;
  };
}

}  // namespace hanse::web
