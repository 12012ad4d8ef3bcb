// A planted defect for the run-time door's HTTP test (P-2,
// tests/http/P2_door.test.js): GET /testing/door-probe reads the first
// member's e-mail address straight from the database, without the guard and
// without any read scope, and answers it as text. With the door enforced
// (SQLite) the read is refused and the page answers 500; the address never
// leaves the server. Registered only when testing.door_probe is set, which
// no production configuration does.
#pragma once

#include "http/router.h"
#include "web/app.h"

namespace hanse::web {

// Adds GET /testing/door-probe to router when app.config.testing.door_probe
// is set; adds nothing otherwise.
void add_testing_door_probe(http::Router& router, App& app);

}  // namespace hanse::web
