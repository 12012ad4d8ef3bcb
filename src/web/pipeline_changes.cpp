// After a state-changing request the pages cached for visitors, the
// fragments shared by every viewer and what is kept about signed-in
// members may be out of date: all are dropped (web/visitor_page_cache.h,
// web/shared_fragment_cache.h, web/viewer_cache.h), here and, through the
// change feed (db/change_feed.h), by every other server sharing the
// database: a sign-out or a password change through one server ends
// the session kept by all. Listing cards need nothing: their cache is keyed
// by their content (web/card_cache.h).
#include <spdlog/spdlog.h>

#include "web/pipeline.h"
#include "web/request_context.h"
#include "web/viewer_cache.h"

namespace hanse::web {

void drop_caches(App& app) {
  if (app.page_cache) app.page_cache->invalidate();
  if (app.fragments) app.fragments->invalidate();
  if (app.viewers) app.viewers->invalidate();
}

http::Middleware drop_cache_after_changes(App& app) {
  return [&app](http::Request& request, const http::Route*, const http::Next& next) {
    auto* context = RequestContext::of(request);
    if (!context || !context->route().changes_state()) return next();
    auto response = next();
    // Before the answer leaves: a visitor of another server who follows it
    // sees the change there too. The change's WAL position first: a replica
    // that has not replayed it serves no page until it has (db/replica.h).
    if (app.changes) {
      auto published = app.changes->publish();
      if (!published)
        spdlog::warn("change feed: cannot tell the other servers: {}", published.error().message);
      else if (app.replica)
        app.replica->changed_at(*published);
    }
    drop_caches(app);
    return response;
  };
}

}  // namespace hanse::web
