// GET /upload/{id}: a stored logo or photo, only ever as the image type
// recognised from its bytes (never HTML or SVG), sandboxed, and cached for
// good since uploads never change.
#include "market/upload_store.h"
#include "web/handler.h"
#include "web/ids.h"

namespace hanse::web {

Response upload_show(App& app, Request& request) {
  auto ref = parse_path_ref(request.param("id"));
  if (!ref || !ref->slug.empty()) return error_page(app, 404, &request);
  auto lease = app.db->acquire();
  if (!lease) return error_response(app, request, lease.error());
  auto upload = market::load_upload(**lease, ref->id);
  if (!upload) return error_response(app, request, upload.error());
  if (!*upload) return error_page(app, 404, &request);
  std::string_view type = (*upload)->content_type;
  const char* extension = type == "image/jpeg" ? "jpg" : type == "image/png" ? "png"
                        : type == "image/webp" ? "webp" : nullptr;
  if (!extension) return error_page(app, 404, &request);  // never serve anything else
  Response response;
  response.status = 200;
  response.body = std::move((*upload)->bytes);
  response.set_header("Content-Type", std::string(type));
  response.set_header("Content-Disposition",
                      "inline; filename=\"image-" + std::to_string(ref->id) + "." + extension + "\"");
  response.set_header("Content-Security-Policy", "default-src 'none'; sandbox");
  response.set_header("Cache-Control", "public, max-age=31536000, immutable");
  return response;
}

}  // namespace hanse::web
