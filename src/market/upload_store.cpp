#include "market/upload_store.h"

#include "market/base64.h"
#include "market/image_type.h"
#include "market/thumbnails.h"

namespace hanse::market {

std::string upload_data(std::string_view bytes) { return to_base64(bytes); }

Result<std::int64_t> store_upload(db::Connection& conn, std::int64_t member_id, std::string_view bytes,
                                  std::int64_t now, std::size_t max_bytes) {
  HANSE_TRY(auto type, check_upload(bytes, max_bytes));
  HANSE_TRY(auto thumbnails, render_thumbnails(bytes));  // an image that does not decode is refused
  const db::Value params[] = {member_id, std::string(content_type(type)),
                              static_cast<std::int64_t>(bytes.size()), to_base64(bytes), now};
  HANSE_TRY(auto row, conn.query_one("INSERT INTO uploads (member_id, content_type, size, data, created_at) "
                                     "VALUES ($1, $2, $3, $4, $5) RETURNING id",
                                     params));
  const std::int64_t id = row.integer(0);
  HANSE_TRY_STATUS(store_thumbnails(conn, id, thumbnails));
  return id;
}

Result<std::optional<StoredUpload>> load_upload(db::Connection& conn, std::int64_t id) {
  const db::Value params[] = {id};
  HANSE_TRY(auto row, conn.query_optional("SELECT content_type, data FROM uploads WHERE id = $1", params));
  if (!row) return std::optional<StoredUpload>{};
  HANSE_TRY(auto bytes, from_base64(row->text(1)));
  return std::optional<StoredUpload>{StoredUpload{id, row->text(0), std::move(bytes)}};
}

Status delete_upload(db::Connection& conn, std::int64_t id) {
  const db::Value params[] = {id};
  auto deleted = conn.execute("DELETE FROM uploads WHERE id = $1"
                              " AND NOT EXISTS (SELECT 1 FROM product_photos WHERE upload_id = $1)"
                              " AND NOT EXISTS (SELECT 1 FROM companies WHERE logo_upload_id = $1)",
                              params);
  if (!deleted) return std::unexpected(deleted.error());
  return {};
}

}  // namespace hanse::market
