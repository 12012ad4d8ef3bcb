// The pipeline's statistics stage (SPEC P-9): every request, once answered,
// is counted by stats::Recorder. It sees the route (its pattern and section,
// never the URL), the final status, the user agent, the referrer and the
// address -- the last only as an input of the day's visitor key -- and
// nothing of who is asking: it runs outside the context stage, so no
// session, account or cookie is known here.
#include "web/pipeline.h"

#include "stats/recorder.h"
#include "web/routes.h"

namespace hanse::web {

std::vector<stats::PageName> statistics_pages() {
  std::vector<stats::PageName> pages;
  for (const RouteRow& row : route_table()) pages.push_back({row.pattern, row.section});
  return pages;
}

http::Middleware statistics(App& app) {
  return [&app](http::Request& request, const http::Route* route, const http::Next& next) {
    http::Response response = next();
    const bool page_view = request.method == "GET" && route_row(route) != nullptr;
    app.stats->record(stats::Hit{
        .at = app.clock.now(),
        .status = response.status,
        .page = page_view ? static_cast<int>(route->tag) : -1,
        .user_agent = request.header("user-agent").value_or(std::string_view{}),
        .referer = request.header("referer").value_or(std::string_view{}),
        .host = request.header("host").value_or(std::string_view{}),
        .remote_address = request.remote_address,
    });
    return response;
  };
}

}  // namespace hanse::web
