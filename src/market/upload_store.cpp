#include "market/upload_store.h"

#include <sodium.h>

#include "market/image_type.h"

namespace hanse::market {
namespace {

constexpr int kBase64 = sodium_base64_VARIANT_ORIGINAL;

std::string to_base64(std::string_view bytes) {
  std::string out(sodium_base64_ENCODED_LEN(bytes.size(), kBase64), '\0');
  sodium_bin2base64(out.data(), out.size(), reinterpret_cast<const unsigned char*>(bytes.data()),
                    bytes.size(), kBase64);
  out.resize(out.size() - 1);  // the terminating NUL
  return out;
}

Result<std::string> from_base64(std::string_view text) {
  std::string out(text.size() / 4 * 3 + 3, '\0');
  std::size_t length = 0;
  if (sodium_base642bin(reinterpret_cast<unsigned char*>(out.data()), out.size(), text.data(),
                        text.size(), nullptr, &length, nullptr, kBase64) != 0)
    return fail(ErrorKind::internal, "stored upload is not valid base64");
  out.resize(length);
  return out;
}

}  // namespace

std::string upload_data(std::string_view bytes) { return to_base64(bytes); }

Result<std::int64_t> store_upload(db::Connection& conn, std::int64_t member_id, std::string_view bytes,
                                  std::int64_t now, std::size_t max_bytes) {
  HANSE_TRY(auto type, check_upload(bytes, max_bytes));
  const db::Value params[] = {member_id, std::string(content_type(type)),
                              static_cast<std::int64_t>(bytes.size()), to_base64(bytes), now};
  HANSE_TRY(auto row, conn.query_one("INSERT INTO uploads (member_id, content_type, size, data, created_at) "
                                     "VALUES ($1, $2, $3, $4, $5) RETURNING id",
                                     params));
  return row.integer(0);
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
