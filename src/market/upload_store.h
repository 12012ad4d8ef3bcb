// Stored logos and product photos (M-1, M-3). Bytes are checked by content
// (market/image_type.h) before anything is written, kept base64-encoded in
// the uploads table, and never change once stored.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/result.h"
#include "db/database.h"

namespace hanse::market {

// The largest upload accepted (the limit).
inline constexpr std::size_t kMaxUploadBytes = 2 * 1024 * 1024;

struct StoredUpload {
  std::int64_t id = 0;
  std::string content_type;  // image/jpeg, image/png or image/webp
  std::string bytes;
};

// Checks `bytes` (check_upload) and stores them with their two thumbnails
// (market/thumbnails.h); returns the new id. Errors: invalid_input with a
// message for the person uploading (empty, too large, not a JPEG/PNG/WebP
// image, an image that does not decode); nothing is stored then. Database
// errors pass on. Run it in the transaction that links the upload.
Result<std::int64_t> store_upload(db::Connection& conn, std::int64_t member_id,
                                  std::string_view bytes, std::int64_t now,
                                  std::size_t max_bytes = kMaxUploadBytes);

// The text stored in uploads.data for `bytes` (base64), for a writer that
// inserts checked upload rows in bulk (the demo loader, cli/demo_loader.h).
std::string upload_data(std::string_view bytes);

// The upload, or nullopt. Errors: database errors.
Result<std::optional<StoredUpload>> load_upload(db::Connection& conn, std::int64_t id);

// Removes an upload once nothing shows it: call it after removing its
// product photo or logo link. An upload that another product or company
// still shows stays (the demo's pictures are shared, cli/demo_images.h).
// Its thumbnails go with it (ON DELETE CASCADE).
// Errors: database errors.
Status delete_upload(db::Connection& conn, std::int64_t id);

}  // namespace hanse::market
