// GET /banner/{id}/click?to=... (P-11): a click on a banner, counted in
// aggregate (per campaign and day) and sent on to the campaign's registered
// link; any other address, or an unknown campaign, is refused with 400
// (no open redirect).
#include "promotions/banners.h"
#include "web/banner_book.h"
#include "web/handler.h"
#include "web/ids.h"

namespace hanse::web {

Response banner_click(App& app, Request& request) {
  auto id = parse_id(request.param("id"));
  auto to = request.query("to");
  if (!id || !to)
    return error_page(app, 400, &request, "This banner link is not one of ours.");
  auto link = banner_book(app).click(*id, *to);
  if (!link) return error_response(app, request, link.error());
  if (!*link) return error_page(app, 400, &request, "This banner link does not lead where its campaign says.");
  auto response = Response::redirect(**link, 303);
  response.set_header("Cache-Control", "no-store");
  response.set_header("Referrer-Policy", "no-referrer");
  return response;
}

}  // namespace hanse::web
