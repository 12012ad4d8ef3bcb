// GET /healthz: 200 "ok" while a database connection can be had, for load
// balancers and monitoring.
#include "web/handler.h"

namespace hanse::web {

Response health_show(App& app, Request& request) {
  (void)request;
  auto lease = app.db->acquire();
  if (!lease) return Response::text("database unavailable\n", 503);
  return Response::text("ok\n");
}

}  // namespace hanse::web
