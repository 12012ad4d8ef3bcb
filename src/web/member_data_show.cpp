// GET /bin/user/edit (P-15): everything held about the signed-in member.
#include "rights/member_data.h"
#include "web/handler.h"
#include "web/member_data_page.h"

namespace hanse::web {

Response member_data_show(App& app, Request& request) {
  Page page(app, request);
  HANSE_TRY_PAGE(auto* me, page.require_member());
  auto data = app.db->read([&](db::Connection& conn) {
    return rights::collect_member_data(conn, *app.guard, me->member.id);
  });
  if (!data) return error_response(app, request, data.error());
  return page.render("member_data", "Your data", [&](Dict& d) {
    fill_member_data(app, d, *data, false, app.clock.now());
  });
}

}  // namespace hanse::web
