// The pipeline's banner slots (P-11, web/banner_slot.h): after the visitor
// page cache, so that a cached page gets a banner chosen for this request
// and every view is counted; and the interest cookie on category pages,
// which a cached page could not carry (pages with Set-Cookie are not kept).
#include "web/banner_slot.h"
#include "web/pipeline.h"
#include "web/request_context.h"

namespace hanse::web {

http::Middleware banner_slots(App& app) {
  return [&app](http::Request& request, const http::Route*, const http::Next& next) {
    auto response = next();
    auto* context = RequestContext::of(request);
    if (!context || request.method != "GET" || response.status != 200) return response;
    if (std::string_view(context->route().section) == "category" && app.categories) {
      const auto* category = app.categories->find(request.param("industry"));
      if (category && category->parent.empty()) note_interest(app, request, response, *context, category->id);
    }
    auto at = response.body.find(kBannerSlot);
    if (at != std::string::npos) response.body.replace(at, kBannerSlot.size(), banner_html(app, request, *context));
    return response;
  };
}

}  // namespace hanse::web
