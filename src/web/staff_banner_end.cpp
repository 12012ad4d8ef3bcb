// POST /staff/banners/{id}/end (P-11): a campaign is shown no more
// (audited as banner.ended).
#include <fmt/format.h>

#include "audit/audit_log.h"
#include "promotions/banners.h"
#include "stats/days.h"
#include "web/banner_book.h"
#include "web/handler.h"
#include "web/ids.h"

namespace hanse::web {

Response staff_banner_end(App& app, Request& request) {
  Page page(app, request);
  if (!page.staff_member()) return page.redirect("/staff/signin");
  auto id = parse_id(request.param("id"));
  if (!id) return error_page(app, 404, &request);
  auto ended = app.db->transaction([&](db::Connection& conn) -> Status {
    const auto now = app.clock.now();
    HANSE_TRY_STATUS(promotions::end_campaign(conn, *id, stats::day_of(now)));
    audit::AuditLog audit;
    return audit.append(conn, audit::staff_event(now, page.staff_member()->id, "banner.ended",
                                                 fmt::format("banner_campaigns/{}", *id)));
  });
  if (!ended) return error_response(app, request, ended.error());
  banner_book(app).invalidate();
  return page.redirect(fmt::format("/staff/banners?ended={}", *id));
}

}  // namespace hanse::web
