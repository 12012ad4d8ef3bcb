// The pipeline's request context: the route's row and, on demand, who is
// asking, for the stages inside it and the handler.
#include "web/pipeline.h"
#include "web/request_context.h"

namespace hanse::web {

http::Middleware request_context(App& app) {
  return [&app](http::Request& request, const http::Route* route, const http::Next& next) {
    const RouteRow* row = route_row(route);
    if (!row) return next();
    RequestContext context(app, request, *row);
    ContextScope scope(request, context);
    return next();
  };
}

}  // namespace hanse::web
