// POST /account/promotions/{id}/leave (P-11): the member opts out of a
// promotion; their progress is no longer shown for it.
#include "promotions/promotions.h"
#include "web/handler.h"
#include "web/ids.h"

namespace hanse::web {

Response account_promotion_leave(App& app, Request& request) {
  Page page(app, request);
  HANSE_TRY_PAGE(auto* me, page.require_member());
  auto id = parse_id(request.param("id"));
  if (!id) return error_page(app, 404, &request);
  auto left = app.db->transaction([&](db::Connection& conn) {
    return promotions::leave_promotion(conn, me->member.id, *id, app.clock.now());
  });
  if (!left) return error_response(app, request, left.error());
  return page.redirect("/account/promotions");
}

}  // namespace hanse::web
