// POST /account/promotions/{id}/join (P-11): the member takes part (again).
// Refused (403, nothing stored) when the guard does not allow promotions
// for them.
#include "promotions/promotions.h"
#include "web/handler.h"
#include "web/ids.h"

namespace hanse::web {

Response account_promotion_join(App& app, Request& request) {
  Page page(app, request);
  HANSE_TRY_PAGE(auto* me, page.require_member());
  auto id = parse_id(request.param("id"));
  if (!id) return error_page(app, 404, &request);
  auto joined = app.db->transaction([&](db::Connection& conn) {
    return promotions::join_promotion(conn, *app.guard, me->member.id, *id, app.clock.now());
  });
  if (!joined) return error_response(app, request, joined.error());
  return page.redirect("/account/promotions");
}

}  // namespace hanse::web
