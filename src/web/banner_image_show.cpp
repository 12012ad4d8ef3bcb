// GET /banner/{id}/image (P-11): a campaign's image, only ever as the image
// type recognised when it was stored (never HTML or SVG), sandboxed.
#include "promotions/banners.h"
#include "web/handler.h"
#include "web/ids.h"

namespace hanse::web {

Response banner_image_show(App& app, Request& request) {
  auto id = parse_id(request.param("id"));
  if (!id) return error_page(app, 404, &request);
  auto image = app.db->read([&](db::Connection& conn) { return promotions::campaign_image(conn, *id); });
  if (!image) return error_response(app, request, image.error());
  if (!*image) return error_page(app, 404, &request);
  const std::string& type = (*image)->content_type;
  if (type != "image/png" && type != "image/jpeg" && type != "image/webp") return error_page(app, 404, &request);
  Response response;
  response.body = std::move((*image)->bytes);
  response.set_header("Content-Type", type);
  response.set_header("Content-Security-Policy", "default-src 'none'; sandbox");
  response.set_header("Cache-Control", "public, max-age=3600");
  return response;
}

}  // namespace hanse::web
