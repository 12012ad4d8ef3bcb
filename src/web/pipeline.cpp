#include "web/pipeline.h"

#include "http/access_log.h"
#include "web/page.h"

namespace hanse::web {

http::Pipeline make_pipeline(App& app) {
  http::Pipeline pipeline;
  pipeline.use("access log", http::access_log(app.access_log.get()));
  // Statistics (SPEC P-9): every request and its final status, and
  // nothing of who is asking.
  if (app.stats) pipeline.use("statistics", statistics(app));
  pipeline.use("security headers", security_headers(app));
  pipeline.use("context", request_context(app));
  // The cookie policy (SPEC P-16): it sees every Set-Cookie the stages
  // inside it and the handler add.
  pipeline.use("cookie policy", cookie_policy(app));
  // A co-branded partner's context (SPEC P-14) goes here.
  pipeline.use("staff gate", staff_gate(app));
  pipeline.use("csrf", csrf_check(app));
  pipeline.use("rate limit", rate_limit(app));
  // Banners (P-11) are chosen per request: their slots are filled outside
  // the visitor page cache.
  pipeline.use("banner slots", banner_slots(app));
  pipeline.use("visitor cache", visitor_cache(app));
  pipeline.use("changes", drop_cache_after_changes(app));
  return pipeline;
}

http::ErrorPageRenderer make_error_renderer(App& app) {
  return [&app](int status, const http::Request* request) { return error_page(app, status, request); };
}

}  // namespace hanse::web
