// Thumbnails of logos and product photos for listing cards (issue 12):
// made once, when the image is stored (store_upload) or loaded in bulk
// (the demo calls make_thumbnails), at two sizes, and served as their own
// immutable files (/upload/ID/WxH.jpg). Every thumbnail of a size has the
// same width and height: the image is fitted inside keeping its aspect
// and centred on white, so pages state the size without reading it.
//
// A thumbnail is a row of upload_thumbnails that belongs to its upload
// (ON DELETE CASCADE): deleting the upload (delete_upload, an erasure)
// removes its thumbnails with it, nothing more to do.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/result.h"
#include "db/database.h"

namespace hanse::market {

enum class ThumbnailSize { small, large };

// small: 160 x 120 (cards), large: 480 x 360 (twice-dense screens and the
// product page's gallery).
inline constexpr int thumbnail_width(ThumbnailSize size) { return size == ThumbnailSize::small ? 160 : 480; }
inline constexpr int thumbnail_height(ThumbnailSize size) { return size == ThumbnailSize::small ? 120 : 360; }

// The image's public URL: /upload/ID/160x120.jpg or /upload/ID/480x360.jpg.
std::string thumbnail_path(std::int64_t upload_id, ThumbnailSize size);

// The size named by a URL's last segment ("160x120.jpg"), or nullopt.
std::optional<ThumbnailSize> thumbnail_size_named(std::string_view segment);

struct Thumbnail {
  int width = 0, height = 0;
  std::string content_type;  // image/jpeg
  std::string bytes;
};

// A JPEG of exactly thumbnail_width x thumbnail_height of `size` from the
// JPEG, PNG or WebP `image`. Errors: invalid_input (a message for the
// person uploading) when the image cannot be decoded or has more than 50
// million pixels.
Result<Thumbnail> render_thumbnail(std::string_view image, ThumbnailSize size);

// Both sizes of one image: small, then large.
struct ThumbnailPair {
  Thumbnail small, large;
};

// render_thumbnail at both sizes. Errors: as render_thumbnail.
Result<ThumbnailPair> render_thumbnails(std::string_view image);

// Stores `thumbnails` as those of upload `upload_id`, replacing any.
// Errors: database errors.
Status store_thumbnails(db::Connection& conn, std::int64_t upload_id, const ThumbnailPair& thumbnails);

// Renders both sizes of `image` and stores them as the thumbnails of
// upload `upload_id` (replacing any). For images stored without
// store_upload (a bulk load); store_upload calls it itself. Errors: as
// render_thumbnail (nothing stored then); database errors.
Status make_thumbnails(db::Connection& conn, std::int64_t upload_id, std::string_view image);

// The stored thumbnail of the upload, or nullopt. Errors: database errors.
Result<std::optional<Thumbnail>> load_thumbnail(db::Connection& conn, std::int64_t upload_id,
                                                ThumbnailSize size);

// Removes the upload's thumbnails (deleting the upload does this too).
// Errors: database errors.
Status delete_thumbnails(db::Connection& conn, std::int64_t upload_id);

}  // namespace hanse::market
