// The pipeline's visitor page cache: a public page asked for by a visitor
// who is not signed in (no session or staff cookie) may be answered from
// the cache; signed-in members never are (web/visitor_page_cache.h).
#include "web/pipeline.h"
#include "web/request_context.h"

namespace hanse::web {

http::Middleware visitor_cache(App& app) {
  return [&app](http::Request& request, const http::Route*, const http::Next& next) {
    auto* context = RequestContext::of(request);
    auto* cache = app.page_cache.get();
    if (!context || !context->route().visitor_cached || !cache || !cache->enabled() ||
        request.method != "GET" || read_cookie(request, kSessionCookie) || read_cookie(request, kStaffCookie))
      return next();
    // The cookie banner (P-16) is part of the page for visitors who have
    // not chosen: they share one copy, those who chose another.
    const bool banner = context->cookie_consent().needs_asking();
    const std::string key = banner ? request.target : request.target + "\n(chosen)";
    if (auto hit = cache->find(key, VisitorPageCache::Clock::now())) return std::move(*hit);
    const auto generation = cache->generation();
    auto response = next();
    cache->store(key, response, generation, VisitorPageCache::Clock::now());
    return response;
  };
}

}  // namespace hanse::web
