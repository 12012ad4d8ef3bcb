// Thumbnails in upload_thumbnails, base64 like their uploads.
#include <fmt/format.h>

#include "market/base64.h"
#include "market/thumbnails.h"

namespace hanse::market {

std::string thumbnail_path(std::int64_t upload_id, ThumbnailSize size) {
  return fmt::format("/upload/{}/{}x{}.jpg", upload_id, thumbnail_width(size), thumbnail_height(size));
}

std::optional<ThumbnailSize> thumbnail_size_named(std::string_view segment) {
  for (auto size : {ThumbnailSize::small, ThumbnailSize::large})
    if (segment == fmt::format("{}x{}.jpg", thumbnail_width(size), thumbnail_height(size))) return size;
  return std::nullopt;
}

Result<ThumbnailPair> render_thumbnails(std::string_view image) {
  HANSE_TRY(auto small, render_thumbnail(image, ThumbnailSize::small));
  HANSE_TRY(auto large, render_thumbnail(image, ThumbnailSize::large));
  return ThumbnailPair{std::move(small), std::move(large)};
}

Status store_thumbnails(db::Connection& conn, std::int64_t upload_id, const ThumbnailPair& thumbnails) {
  HANSE_TRY_STATUS(delete_thumbnails(conn, upload_id));
  for (const Thumbnail* t : {&thumbnails.small, &thumbnails.large}) {
    const db::Value params[] = {upload_id, std::int64_t{t->width}, std::int64_t{t->height}, t->content_type,
                                to_base64(t->bytes)};
    auto inserted = conn.execute(
        "INSERT INTO upload_thumbnails (upload_id, width, height, content_type, data) VALUES ($1, $2, $3, $4, $5)",
        params);
    if (!inserted) return std::unexpected(inserted.error());
  }
  return {};
}

Status make_thumbnails(db::Connection& conn, std::int64_t upload_id, std::string_view image) {
  HANSE_TRY(auto thumbnails, render_thumbnails(image));
  return store_thumbnails(conn, upload_id, thumbnails);
}

Result<std::optional<Thumbnail>> load_thumbnail(db::Connection& conn, std::int64_t upload_id, ThumbnailSize size) {
  const db::Value params[] = {upload_id, std::int64_t{thumbnail_width(size)}};
  HANSE_TRY(auto row, conn.query_optional("SELECT width, height, content_type, data FROM upload_thumbnails"
                                          " WHERE upload_id = $1 AND width = $2",
                                          params));
  if (!row) return std::optional<Thumbnail>{};
  HANSE_TRY(auto bytes, from_base64(row->text(3)));
  return std::optional<Thumbnail>{Thumbnail{static_cast<int>(row->integer(0)), static_cast<int>(row->integer(1)),
                                            row->text(2), std::move(bytes)}};
}

Status delete_thumbnails(db::Connection& conn, std::int64_t upload_id) {
  const db::Value params[] = {upload_id};
  auto deleted = conn.execute("DELETE FROM upload_thumbnails WHERE upload_id = $1", params);
  if (!deleted) return std::unexpected(deleted.error());
  return {};
}

}  // namespace hanse::market
