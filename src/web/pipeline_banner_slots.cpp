// The pipeline's banner slots (P-11, web/banner_slot.h): after the visitor
// page cache, so that a cached page gets a banner chosen for this request
// and every view is counted; and the interest cookie on category pages,
// which a cached page could not carry (pages with Set-Cookie are not kept).
#include <string>

#include "web/banner_slot.h"
#include "web/pipeline.h"
#include "web/request_context.h"

namespace hanse::web {

http::Middleware banner_slots(App& app) {
  return [&app](http::Request& request, const http::Route*, const http::Next& next) {
    auto response = next();
    auto* context = RequestContext::of(request);
    if (!context || request.method != "GET" || response.status != 200) return response;
    // Only the home, search and category pages have a slot: other pages
    // are not scanned for one.
    const std::string_view section = context->route().section;
    if (section != "home" && section != "search" && section != "category") return response;
    if (section == "category" && app.categories) {
      const auto* category = app.categories->find(request.param("industry"));
      if (category && category->parent.empty()) note_interest(app, request, response, *context, category->id);
    }
    // The page's rendering recorded where its slot is (http::Response::slot,
    // kept with a cached page): nothing searches the page, and a page
    // without a banner to show is left as it is.
    const std::size_t at = response.slot;
    response.slot = std::string::npos;
    const std::string_view page = response.body_view();
    if (at > page.size()) return response;
    const std::string banner = banner_html(app, request, *context);
    if (banner.empty()) return response;
    std::string body;
    body.reserve(page.size() + banner.size());
    body.append(page.substr(0, at)).append(banner).append(page.substr(at));
    response.body = std::move(body);
    response.shared_body.reset();
    return response;
  };
}

}  // namespace hanse::web
