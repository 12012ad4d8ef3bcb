#include "web/testing_door_probe.h"

#include "web/page.h"

namespace hanse::web {
namespace {

http::Response door_probe(App& app, http::Request& request) {
  auto lease = app.db->acquire();
  if (!lease) return error_response(app, request, lease.error());
  // Deliberately no privacy::Guard and no scope: this is the read the door
  // must refuse.
  auto row = (*lease)->query_optional("SELECT email FROM members ORDER BY id LIMIT 1");
  if (!row) return error_response(app, request, row.error());
  if (!*row) return http::Response::text("no member\n", 404);
  return http::Response::text((*row)->text(0) + "\n");
}

}  // namespace

void add_testing_door_probe(http::Router& router, App& app) {
  if (!app.config.testing.door_probe) return;
  router.add({"GET", "/testing/door-probe",
              [&app](http::Request& request) { return door_probe(app, request); }, http::Work::io});
}

}  // namespace hanse::web
