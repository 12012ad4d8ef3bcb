// GET /upload/{id}/{size} (issue 12): a thumbnail of a stored logo or
// photo, 160x120.jpg or 480x360.jpg, cached for good like the upload (an
// upload never changes, so its id names its thumbnails' content). An
// upload stored before thumbnails existed gets them made here once.
#include "market/thumbnails.h"
#include "market/upload_store.h"
#include "web/handler.h"
#include "web/ids.h"

namespace hanse::web {

namespace {

// The stored thumbnail, or one made now from the upload and stored
// (nullopt when there is no such upload).
Result<std::optional<market::Thumbnail>> find_or_make(db::Database& db, std::int64_t id, market::ThumbnailSize size) {
  {
    HANSE_TRY(auto lease, db.acquire());  // given back before the transaction takes one
    HANSE_TRY(auto stored, market::load_thumbnail(*lease, id, size));
    if (stored) return stored;
  }
  return db.transaction([&](db::Connection& conn) -> Result<std::optional<market::Thumbnail>> {
    HANSE_TRY(auto upload, market::load_upload(conn, id));
    if (!upload) return std::optional<market::Thumbnail>{};
    HANSE_TRY(auto made, market::render_thumbnails(upload->bytes));
    HANSE_TRY_STATUS(market::store_thumbnails(conn, id, made));
    return std::optional<market::Thumbnail>{size == market::ThumbnailSize::small ? made.small : made.large};
  });
}

}  // namespace

Response upload_thumbnail_show(App& app, Request& request) {
  auto ref = parse_path_ref(request.param("id"));
  auto size = market::thumbnail_size_named(request.param("size"));
  if (!ref || !ref->slug.empty() || !size) return error_page(app, 404, &request);
  auto thumbnail = find_or_make(*app.db, ref->id, *size);
  if (!thumbnail && thumbnail.error().kind == ErrorKind::invalid_input) return error_page(app, 404, &request);
  if (!thumbnail) return error_response(app, request, thumbnail.error());
  if (!*thumbnail) return error_page(app, 404, &request);
  Response response;
  response.status = 200;
  response.body = std::move((*thumbnail)->bytes);
  response.set_header("Content-Type", (*thumbnail)->content_type);
  response.set_header("Content-Security-Policy", "default-src 'none'; sandbox");
  response.set_header("Cache-Control", "public, max-age=31536000, immutable");
  return response;
}

}  // namespace hanse::web
