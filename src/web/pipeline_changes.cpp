// After a state-changing request the pages cached for visitors and the
// fragments shared by every viewer may be out of date: all are dropped
// (web/visitor_page_cache.h, web/shared_fragment_cache.h), here and, through
// the change feed (db/change_feed.h), by every other server sharing the
// database. Listing cards need nothing: their cache is keyed by their
// content (web/card_cache.h).
#include <spdlog/spdlog.h>

#include "web/pipeline.h"
#include "web/request_context.h"

namespace hanse::web {

void drop_caches(App& app) {
  if (app.page_cache) app.page_cache->invalidate();
  if (app.fragments) app.fragments->invalidate();
}

http::Middleware drop_cache_after_changes(App& app) {
  return [&app](http::Request& request, const http::Route*, const http::Next& next) {
    auto* context = RequestContext::of(request);
    if (!context || !context->route().changes_state()) return next();
    auto response = next();
    drop_caches(app);
    // Before the answer leaves: a visitor of another server who follows it
    // sees the change there too.
    if (app.changes) {
      if (auto published = app.changes->publish(); !published)
        spdlog::warn("change feed: cannot tell the other servers: {}", published.error().message);
    }
    return response;
  };
}

}  // namespace hanse::web
